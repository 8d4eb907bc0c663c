package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSecondOneDownTheCellar: 「他儿子下去也没上来」 at an open cellar
// alarm was warned as one about to go down; a second one is down: the
// group hears nobody else may go, the duty chat that two are in danger
// (alarm104).
func TestSecondOneDownTheCellar(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	got := c.say("张三", "他儿子下去也没上来")
	has(t, "two down", got, "@张三\u2005千万别再有人下去了！#R1 又有人出事，现场至少两人遇险", "腰上系好绳子",
		"【突发补充·又有人遇险】青山村三组 #R1", "现场至少两人遇险：请告诉120和119人数")
	lacks(t, "no warning as one about to go", got, "先别下去！", "已在群里提醒张三先别去")
}

// TestPitRescuedToHospital: one brought up out of a cellar is told to
// see a doctor however well he looks, as rescue news and as the
// reporter's word that it is over (alarm104); a fire's rescue is not.
func TestPitRescuedToHospital(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	got := c.say("张三", "人拉上来了 能说话 没啥事")
	has(t, "rescued", got, "看着没事也要送医院查一查")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	got = c.say("陈二", "俺爹上来了 缓过来了")
	has(t, "over", got, "谢谢告知", "看着没事也要送医院查一查")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "王奶奶家着火了 老人还在屋里")
	got = c.say("张三", "人救出来了")
	lacks(t, "no cellar", got, "缺过氧")
}

// TestFallAskedBack: 「俺爹骑摩托车在冰上摔了」 with nothing of how he is
// was silent; he is asked back whether anyone is hurt, with 120 and 122;
// a near miss, a thing dropped, one fine since and a cadre's word get
// nothing (alarm104).
func TestFallAskedBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺爹骑摩托车在冰上摔了")
	has(t, "asked", got, "陈二，人摔得怎么样，伤着没有？", "马上拨打120（车辆事故也可报122）", "哪段路结冰了")
	lacks(t, "no alarm", got, "【突发事件】")
	got = c.say("张三", "我妈在院里冰上滑了一跤")
	has(t, "asked", got, "张三，人摔得怎么样")
	lacks(t, "no 122 on foot", got, "122")
	for _, s := range []string{"路太滑了 小心别摔了", "手机摔了", "我差点摔了", "俺爹骑摩托车在冰上摔了 人没事", "昨天俺爹摔了一跤 今天好多了"} {
		if got := c.say("周八", s); len(got) != 0 {
			t.Errorf("%s: %q, want silence", s, got)
		}
	}
}
