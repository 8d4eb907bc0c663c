package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestSaggingRoofWithQuestion: a roof bent under snow told with a 危房改造
// question got the guide alone; the danger's lines come first and the
// leader is asked to look today. Told alone, it is registered at once
// with the same lines (alarm108).
func TestSaggingRoofWithQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不")
	has(t, "danger first", got, "已登记 #R1（办事咨询）", "屋顶、棚顶被雪压得有塌的危险", "这关系到人身安全，@李四", "请今天就上门看看", "请先让屋里的人搬出来住")
	got = c.say("金大海", "雪太厚了 房梁都压弯了 屋里还住着俺娘")
	has(t, "registered", got, "已登记 #R2（一般事项·安全隐患）", "屋顶、棚顶被雪压得有塌的危险", "这关系到人身安全")
	lacks(t, "not asked", got, "回复「1」登记")
}

// TestSaggingRoofAtNight: at night the leader hears of the roof at once
// (alarm108).
func TestSaggingRoofAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 23, 10, 0, 0, at.Location())
	got := c.say("张三", "俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不")
	has(t, "told at once", got, "虽是夜里，已马上私信告诉网格长李四", "【村民反映·可能伤人】", "请马上打电话让屋里的人先搬出来")
	got = c.say("郑十", "下了一天雪 俺家屋顶压得咯吱咯吱响 危房改造怎么申请")
	has(t, "filed apart, told at once", got, "（一般事项·安全隐患）：下了一天雪 俺家屋顶压得咯吱咯吱响", "（办事咨询）：危房改造怎么申请", "虽是夜里，已马上私信告诉网格长李四")
	lacks(t, "not held", got, "先不打扰网格长")
}

// TestPenFellOnBeasts: beasts under a pen that fell are no 120 alarm but
// the penned caution; hens run out of a coop the snow brought down are no
// stray (alarm108).
func TestPenFellOnBeasts(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "羊圈塌了 羊压在下面了")
	lacks(t, "no alarm", got, "【突发事件】")
	has(t, "penned", got, "一般事项·安全隐患", "人先别钻进去救")
	got = c.say("张三", "鸡舍让雪压塌了 鸡跑了一院子")
	has(t, "a collapse", got, "一般事项·安全隐患")
	lacks(t, "no stray", got, "治安")
	has(t, "a person under it", c.say("雷志明", "羊圈塌了 俺爹压在下面了"), "【突发事件】")
}

// TestIceFelledSomeone: ice on a way someone fell on is registered at once
// as a danger, with the grit line (alarm108).
func TestIceFelledSomeone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "后坡那段路结冰了 今早有人骑车摔了")
	has(t, "danger", got, "已登记 #R1（一般事项·道路交通）", "先撒些炉灰、沙土或草木灰", "这关系到人身安全", "请先提醒大家绕开走")
	lacks(t, "no alarm", got, "【突发事件】", "回复「1」登记")
}

// TestTwoFallsTwoHouseholds: a neighbour's fall alarm, then another
// household's own father fallen in his back yard, are two alarms, the
// second naming the first as maybe the same (alarm108).
func TestTwoFallsTwoHouseholds(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("雷志明", "老人摔了 起不来了")
	got := c.say("金大海", "俺爹在后院摔了 起不来了")
	has(t, "second alarm", got, "【突发事件】青山村三组 #R2", "#R1")
	lacks(t, "not joined", got, "也报告：俺爹在后院摔了")
	c = newChat(t, understand.Rules{})
	c.say("张三", "老人摔了能不能扶")
	c.say("张三", "还有气 叫不应")
	c.say("陈二", "俺爹在院里冰上滑了一跤")
	has(t, "answer apart", c.say("陈二", "不能动"), "【突发事件】青山村三组 #R2")
}

// TestWhoWasHurtAsked: at a crash alarm naming nobody, a neighbour's guess
// who it is and a plain 「是谁」 are passed on, and the asker told to
// phone his own (alarm108).
func TestWhoWasHurtAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口大货车把骑电动车的撞了 人躺地上不动")
	got := c.say("陈二", "是不是老刘家那个在外打工刚回来的儿子")
	has(t, "passed on", got, "【突发补充·询问】青山村三组 #R1", "陈二问：「是不是老刘家那个在外打工刚回来的儿子」", "担心是自家人的，请马上给家里人打个电话问问")
	has(t, "who", c.say("雷志明", "撞的是谁啊 知道不"), "雷志明问：「撞的是谁啊 知道不」")
	lacks(t, "no guess", c.say("金大海", "是不是该扫雪了"), "金大海问")
}
