package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestHouseholdLandNoHome: 「老李家林子着火了」 is a fire in 老李's wood, not
// at his house: 「李四家着火了」 after it is another fire (its own item and
// duty post), not a witness of the wood's; the wood's own news joins
// (alarm85).
func TestHouseholdLandNoHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "wood", c.say("张三", "老李家林子着火了 快来人啊"), "【突发事件】青山村三组 #R1")
	got := c.say("陈二", "李四家着火了")
	has(t, "house", got, "【突发事件】青山村三组 #R2")
	lacks(t, "house", got, "【突发补充】")
	got = c.say("周八", "老李家的林子火越来越大了")
	has(t, "wood again", got, "#R1")
	lacks(t, "wood again", got, "#R3")
}

// TestIceHoleDrowning: a child through the ice is a drowning alarm, with
// 110 and the rope; 「注意…冰窟窿」 warnings are none (alarm85). Its line
// is the ice's: nobody walks out on the ice (alarm101).
func TestIceHoleDrowning(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "warning", c.say("陈二", "别让娃去河上滑冰 小心掉冰窟窿里"), "#R1")
	got := c.say("陈二", "快来人啊 有个小孩掉冰窟窿里了 在水库那边")
	has(t, "ice", got, "【突发事件】青山村三组 #R1", "落水：请同时报110", "别直接走上冰面")
}

// TestHospitalNewsOfAnyAlarm: 「已经打了120 送医院了」 from the reporter
// of a coal-fume alarm is news the duty chat hears (it was dropped); the
// cadre who took it on telling 「人都送县医院了 是一氧化碳中毒」 is his 进展,
// not a witness's second alarm (alarm85).
func TestHospitalNewsOfAnyAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "快来人 我家里一家人头晕恶心 是不是煤炉子中毒了"), "【突发事件】青山村三组 #R1")
	has(t, "take", c.say("李四", "收到 我马上过去"), "#R1 已受理")
	has(t, "reporter", c.say("张三", "已经打了120 送医院了"), "【突发补充·进展】青山村三组 #R1", "已经打了120 送医院了")
	got := c.say("李四", "人都送县医院了 是一氧化碳中毒 炉子已经灭了")
	has(t, "cadre", got, "#R1 进展已记录")
	lacks(t, "cadre", got, "也报告", "#R2")
}

// TestSightingOfMissing: while a search is on, 「刚才好像看到一个老太太往
// 后山那边走了」 is news the duty chat hears (it was dropped); 「我看到消息
// 了」 is none (alarm85).
func TestSightingOfMissing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天"), "【突发事件】青山村三组 #R1")
	lacks(t, "read", c.say("赵六", "我看到消息了"), "【突发补充")
	has(t, "seen", c.say("周八", "刚才好像看到一个老太太往后山那边走了"), "【突发补充·进展】青山村三组 #R1", "往后山那边走了")
}
