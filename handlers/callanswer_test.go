package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestMissSameDayAfterVisitAsked: the second miss asks the grid leader
// to visit; another try that day is not the next day's call: the worker
// hears that the leader was asked already, not "明天会提醒您再打".
func TestMissSameDayAfterVisitAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "the second miss", c.private("王五", "回访 王奶奶 未接通"), "李四: 【请上门看看】王奶奶")
	c.now = c.now.Add(3 * time.Hour)
	got := c.private("王五", "回访 王奶奶 还是没人接")
	lacks(t, "a miss the same day", got, "提醒您再打", "【请上门看看】")
	has(t, "a miss the same day", got, "今天09:02 已请网格长上门看看")
	// in his own words (found in the sandbox: asked whether to register
	// "石德贵又打了一次 还是没人接" as a matter)
	c.now = c.now.Add(3 * time.Hour)
	got = c.private("王五", "王奶奶又打了一次 还是没人接")
	lacks(t, "in words", got, "我理解为", "提醒您再打")
	has(t, "in words", got, "王奶奶今天", "已请网格长上门看看")
	has(t, "told later that day", c.private("王五", "王奶奶下午打了还是关机"), "已请网格长上门看看")
}

// TestCallReminderAnswered: a worker's private "知道了 明天去" to his call
// reminder is answered in a line that fits it (the call is still his to
// log, a visit as 上门), not with the whole help text; the grid leader
// asked to visit hears how to log his visit. With nothing of his open,
// it gets a short word, not the help text either.
func TestCallReminderAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	got := c.private("王五", "知道了明天去")
	expect(t, "the worker", got, "王五: 好的，王奶奶的回访还留着，明天08:00会再提醒您；去过后请回复「回访 王奶奶 上门 情况」")
	got = c.private("王五", "好的 下午打")
	expect(t, "the worker puts the call off", got, "王五: 好的，电话任务还留着（王奶奶）")
	expect(t, "nothing open for the leader", c.private("李四", "知道了 明天去"), "李四: 好的。")
	lacks(t, "nothing open for the leader", c.private("李四", "知道了 明天去"), "我是网格小助手")
	c.now = c.now.Add(24 * time.Hour)
	c.private("王五", "回访 王奶奶 未接通")
	expect(t, "the leader asked to visit", c.private("李四", "知道了 明天去"), "李四: 好的，王奶奶的回访还留着，明天08:00会再提醒您；去过后请回复「回访 王奶奶 上门 情况」")
}

// TestCallReminderAnswerOneTrip: "知道了 明天去" in private costs one
// round trip (the reply) once this process follows the grid's open
// reports and the calls still to make.
func TestCallReminderAnswerOneTrip(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	for _, from := range []string{"王五", "李四", "王五", "李四"} {
		if n, got := c.counted(bot.Message{Private: true, From: from, Text: "知道了 明天去"}); n > 1 && c.n > 3 {
			t.Errorf("%s: 知道了 明天去: %d round trips, want 1 (the reply): %q", from, n, got)
		}
	}
}

// TestCallReminderAnswerAfterOtherProcess: a report filed by another
// process since this one last read the grid's open reports is seen: the
// leader's "好的 明天去看看" takes it on, though this process's copy had
// none.
func TestCallReminderAnswerAfterOtherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	a.private("王五", "回访 王奶奶 未接通")
	a.private("李四", "知道了 明天去")
	a.private("李四", "知道了 明天去") // followed now
	b.now = a.now
	b.private("张三", "我家门口的路灯坏了好几天了")
	a.now = b.now
	has(t, "the leader takes the other process's report on", a.private("李四", "好的 明天去看看"), "#R1")
	if got := a.reports(); len(got) != 1 || got[0].Status == village.StatusNew {
		t.Errorf("R1 not taken on: %+v", got)
	}
}

// TestCallReminderAnsweredSeveral: "知道了 明天去" to a list of several
// calls is not taken for a visit to each: the calls stay, logged one by
// one as a call or a visit.
func TestCallReminderAnsweredSeveral(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.private("王五", "回访 石德贵 未接通")
	expect(t, "two calls", c.private("王五", "知道了 明天去"),
		"王五: 好的，回访还留着（王奶奶、石德贵），明天08:00会再提醒您；打完或去过后，一位回复一条「回访 名字 已通/上门 情况」，例如：回访 王奶奶 上门 身体挺好。")
}

// TestVisitTellsWorker: the grid leader's visit to an elder he was asked
// to visit tells the worker, whose list still carried her call, that he
// need not phone her.
func TestVisitTellsWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	got := c.private("李四", "回访 王奶奶 上门 人没事 电话欠费停机了")
	has(t, "the leader's visit", got, "李四: 已记录：王奶奶 上门", "王五: 王奶奶已经联系上了（李四：上门），这个回访电话不用再打了。")
}

// TestLeaderAnswersVisitNotItem: the grid leader reminded of an item he
// handles and then asked to visit an elder answers "知道了 明天去" to
// the latter: the visit stays his to log; it is no 进展 of the item
// (found in the sandbox: "明天去" went up to the township as #R1's 进展).
// Reminded of the item after the ask, the same words are its 进展.
func TestLeaderAnswersVisitNotItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 已通 屋顶漏雨")
	c.private("李四", "确认 #R1")
	remind := func() {
		t.Helper()
		rep := c.reports()[0]
		rep.RemindedAt = c.now
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "remind" + c.now.String(), Report: &rep}); err != nil {
			t.Fatal(err)
		}
	}
	c.private("王五", "回访 石德贵 未接通")
	c.now = c.now.Add(24 * time.Hour)
	remind()
	has(t, "the visit asked", c.private("王五", "回访 石德贵 未接通"), "李四: 【请上门看看】石德贵")
	got := c.private("李四", "知道了 明天去")
	expect(t, "the leader's answer", got, "李四: 好的，石德贵的回访还留着，明天08:00会再提醒您；去过后请回复「回访 石德贵 上门 情况」。")
	c.now = c.now.Add(time.Hour)
	remind()
	has(t, "reminded of the item since", c.private("李四", "知道了 明天去"), "#R1 进展已记录：明天去")
}
