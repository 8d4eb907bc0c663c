package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestReporterResolveToldToConfirm: the reporter's own 「办结 #R1」 is
// refused in one short line that says what he does: once the leader has
// 办结 it he replies 「满意 #R1」; resolved already, he confirms now.
func TestReporterResolveToldToConfirm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯不亮了")
	got := c.say("张三", "办结 #R1")
	has(t, "open", got, "#R1 是您反映的，不能自己办结。办好了请告诉李四，由网格长办结后您再回复「满意 #R1」。")
	lacks(t, "open", got, "网格长或这件事的负责人")
	c.firstStatus(village.StatusAccepted)
	c.say("李四", "进展 #R1 电工在换灯泡")
	c.say("李四", "办结 #R1 换了灯泡")
	has(t, "resolved", c.say("张三", "办结 #R1"), "#R1 是您反映的，不能自己办结。已经办好了，请回复「满意 #R1」确认。")
	c.firstStatus(village.StatusResolved)
}

// TestLeaderQuotesDoneOwnItem: 「修好了」 from the leader quoting his
// own item's message is its 办结, as typed 「R1 修好了」 is, not the 办结
// command shown to send.
func TestLeaderQuotesDoneOwnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	filed := c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R1")
	got := c.send(quoting("李四", "修好了", filed[0]))
	has(t, "修好了 quoting #R1", got, "#R1 已办结：修好了", "满意 #R1")
	lacks(t, "修好了 quoting #R1", got, "请发「办结")
	c.firstStatus(village.StatusResolved)
}

// TestRejectTellsReporterNextStep: the reporter of an item 驳回 「不是我们
// 管的」 hears in one line what he can do: ask the leader whom to
// contact, or 上报 again with more detail.
func TestRejectTellsReporterNextStep(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 高速公路边上的广告牌歪了")
	got := c.say("李四", "驳回 #R1 不是我们管的")
	has(t, "驳回", got, "#R1 不予受理：不是我们管的。\n不知道该找谁办的，可以在群里问李四；没说清楚的，补充详情后可以重新「上报」。")
	c.wantStatuses(nil, village.StatusRejected)
}

// TestPauseForMachineNotVillager: 「R1 等挖机…」 pauses the item in the
// note's own words (「暂停（等挖机…）」), not as 「等待村民」; the stored
// status is still 等待.
func TestPauseForMachineNotVillager(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口水渠堵了")
	got := c.say("李四", "等待 #R1 等挖机来了再挖")
	has(t, "等待", got, "#R1 已暂停计时：等挖机来了再挖。")
	lacks(t, "等待", got, "等待村民")
	c.firstStatus(village.StatusWaiting)
	got = c.say("张三", "查 #R1")
	has(t, "查", got, "#R1 一般事项·暂停（等挖机来了再挖）") // in full, once (reports49)
	c.say("陈二", "上报 我家门口下水道堵了")
	c.say("李四", "确认 #R2")
	has(t, "villager's wait", c.say("李四", "等待 #R2 等陈二回来再修"), "#R2 已暂停计时，等待村民：等陈二回来再修。")
	has(t, "查 R2", c.say("陈二", "查 #R2"), "#R2 一般事项·等待村民")
}
