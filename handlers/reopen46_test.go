package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// closedLamp has 张三's 「村口的路灯不亮了」 filed as #R1, accepted and
// resolved, then closed: by his 满意, or (auto) as the followup job closes
// it when nobody answers.
func closedLamp(t *testing.T, c *chat, auto bool) {
	t.Helper()
	c.accepted("张三", "上报 村口的路灯不亮了")
	has(t, "办结", c.say("李四", "办结 #R1 换了灯泡"), "#R1 已办结：换了灯泡")
	if !auto {
		has(t, "满意", c.say("张三", "满意 #R1"), "#R1 已完结")
		return
	}
	c.now = c.now.Add(6 * 24 * time.Hour)
	closeUnanswered(t, c)
}

// TestReopenAfterAutoClose: 「还是不亮」 from the reporter days after his
// lamp was closed unanswered is asked about as that item not done (not
// offered as a new item with those words alone); his 「是」 reopens #R1
// with his words, the leader @-asked to go on, and the month's report
// counts it reopened.
func TestReopenAfterAutoClose(t *testing.T) {
	c := newChat(t, understand.Rules{})
	closedLamp(t, c, true)
	c.now = c.now.Add(2 * 24 * time.Hour)
	got := c.say("张三", "还是不亮")
	has(t, "offer", got, "@张三", "#R1（村口的路灯不亮了）", "（到期自动结案）", "回复「是」重新打开，网格长会再看")
	lacks(t, "offer", got, "我理解为")
	c.wantReports(1, "offered, nothing filed")
	c.firstStatus(village.StatusClosed)
	got = c.say("张三", "是")
	has(t, "reopened", got, "#R1 已重新打开：还是不亮。", "@李四", "办结 #R1")
	c.wantReports(1, "reopened, not filed anew")
	rep := c.reports()[0]
	last := rep.History[len(rep.History)-1]
	if rep.Status != village.StatusReopened || last.Action != village.ActReopen || last.From != village.StatusClosed || last.By != "张三" {
		t.Errorf("R1 after 是: %s, last %+v; want reopened from closed by 张三", rep.Status, last)
	}
	if rep.DueAt.Before(c.now) {
		t.Errorf("reopened R1 due %v, before now %v: the grid gets its time again", rep.DueAt, c.now)
	}
	has(t, "resolved again", c.say("李四", "办结 #R1 换了镇流器"), "#R1 已办结：换了镇流器")
}

// TestReopenAfterSatisfiedDeclined: 「路灯又不亮了」 three days after his
// own 满意 is offered too; his 「不是」 leaves #R1 closed and tells him how
// to tell another matter; asked again, 「是」 reopens it.
func TestReopenAfterSatisfiedDeclined(t *testing.T) {
	c := newChat(t, understand.Rules{})
	closedLamp(t, c, false)
	c.now = c.now.Add(3 * 24 * time.Hour)
	has(t, "offer", c.say("张三", "路灯又不亮了"), "#R1（村口的路灯不亮了）", "您回过「满意」", "回复「是」重新打开")
	has(t, "no", c.say("张三", "不是"), "#R1 不重新打开", "请说清楚")
	c.wantReports(1, "declined")
	c.firstStatus(village.StatusClosed)
	c.say("张三", "路灯又不亮了")
	has(t, "yes", c.say("张三", "是的"), "#R1 已重新打开：路灯又不亮了。")
	c.firstStatus(village.StatusReopened)
}

// TestReopenOnlyOwnRecentShort: the offer is the reporter's, within
// followup.reopen_within, for short words of that matter: a neighbour's
// 「路灯又不亮了」, the reporter's after eight days, and a longer
// sentence are filed as before, linked to #R1 (settledNews); his words
// of another thing are not offered #R1.
func TestReopenOnlyOwnRecentShort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	closedLamp(t, c, false)
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("陈二", "路灯又不亮了")
	lacks(t, "neighbour", got, "重新打开")
	has(t, "neighbour", got, "已登记 #R2", "说的是 #R1 那件事")
	c.say("李四", "驳回 #R2 测试")
	got = c.say("张三", "猪又跑出来了")
	lacks(t, "another thing", got, "#R1（村口的路灯不亮了）")
	c.say("张三", "2")
	got = c.say("张三", "村口的路灯又不亮了 晚上黑乎乎的走路都摔了一跤")
	lacks(t, "long", got, "重新打开")
	has(t, "long", got, "说的是 #R1 那件事")
	c.say("李四", "驳回 #R3 测试")

	d := newChat(t, understand.Rules{})
	closedLamp(t, d, false)
	d.now = d.now.Add(8 * 24 * time.Hour)
	got = d.say("张三", "路灯又不亮了")
	lacks(t, "eight days on", got, "重新打开")
	has(t, "eight days on", got, "已登记 #R2", "说的是 #R1 那件事")
}

// TestReopenOfferRoundTrips: the offer costs what the confirm-back it
// replaces cost on main (4: the reads of a villager's plain words, then
// the commit): the grid's reports it looks at are those this process
// follows. The 「是」 that reopens is its commit alone (the
// question and the item are this process's copies, checked by it).
func TestReopenOfferRoundTrips(t *testing.T) {
	c := newChat(t, understand.Rules{})
	closedLamp(t, c, false)
	c.now = c.now.Add(24 * time.Hour)
	n, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "还是不亮"})
	has(t, "offer", got, "回复「是」重新打开")
	if n > 4 {
		t.Errorf("offer: %d round trips, want at most 4", n)
	}
	n, got = c.counted(bot.Message{Chat: grid3, From: "张三", Text: "是"})
	has(t, "yes", got, "#R1 已重新打开")
	if n != 1 {
		t.Errorf("是: %d round trips, want 1", n)
	}
}

// TestLeaderWaitsOnThing: 「R1 等挖机来了再挖」 from the leader who took
// #R1 on is his 等待 (the clock stops, as 「等待 #R1 等挖机来了再挖」
// would), shown 「暂停（等挖机…）」; his own wait (「等我回来再挖」) stays
// as it was, no pause.
func TestLeaderWaitsOnThing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口水渠堵了")
	has(t, "wait", c.say("李四", "R1 等挖机来了再挖"), "#R1 已暂停计时：等挖机来了再挖。", "「进展 #R1 情况」恢复计时")
	c.firstStatus(village.StatusWaiting)
	has(t, "查", c.say("张三", "查 #R1"), "#R1 一般事项·暂停（等挖机来了再挖）") // in full in 查 (reports49)
	has(t, "resumed", c.say("李四", "R1 挖机来了 开始挖了"), "#R1 进展已记录：挖机来了 开始挖了", "已恢复计时")
	c.firstStatus(village.StatusInProgress)

	d := newChat(t, understand.Rules{})
	d.accepted("张三", "上报 村口水渠堵了")
	lacks(t, "own wait", d.say("李四", "R1 等我回来再挖"), "已暂停计时")
	if got := d.reports()[0].Status; got == village.StatusWaiting {
		t.Errorf("「等我回来再挖」 paused R1")
	}
}

// TestPauseOnNameSaidOnce: 「等待 #R1 等陈二」 shows 「暂停（等陈二）」, and
// 待办 says it once, not again after the handler.
func TestPauseOnNameSaidOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口水渠堵了")
	has(t, "pause", c.say("李四", "等待 #R1 等陈二"), "#R1 已暂停计时：等陈二。")
	got := c.say("李四", "待办")
	has(t, "待办", got, "#R1 暂停（等陈二） 村口水渠堵了（李四）")
	lacks(t, "待办", got, "李四，等陈二")
	c.say("李四", "进展 #R1 陈二回来了")
	c.say("李四", "等待 #R1 等陈二回来再挖")
	has(t, "villager's wait keeps its note", c.say("李四", "待办"), "#R1 等待村民 村口水渠堵了（李四，等陈二回来再挖）")
}
