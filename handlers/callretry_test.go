package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// noticeCall stores, for 王奶奶, a call task that passes notice N1 on
// (as the notice follow-up makes one), after 孙七 posted it.
func noticeCall(t *testing.T, c *chat) {
	t.Helper()
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证"})
	grannyTask(t, c, "N1")
}

// grannyTask stores, for 王奶奶, a call task open now that passes
// notices on.
func grannyTask(t *testing.T, c *chat, notices ...string) {
	t.Helper()
	task, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶",
		Phone: "13900000001", Worker: "王五", Notices: notices, Due: c.now, Status: village.CallOpen})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprintf("task-%d", c.n), Docs: []storage.Doc{task}}); err != nil {
		t.Fatal(err)
	}
}

// TestNoticeCallMissedEarlyTriedToday: a call that passes a notice on,
// missed in the morning, is tried again the same day (the first notice
// follow-up run two hours on: a whole day is left, the notice may not
// wait for tomorrow's list); another miss that day is no second miss and
// brings no second reminder today. Missed at 16:00 or later, it waits for
// tomorrow's list, as a routine check-in always does, and the reply says
// the notice is still to pass on (call76: it asked for 「已通 情况」).
func TestNoticeCallMissedEarlyTriedToday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 8, 5)
	noticeCall(t, c)
	expect(t, "missed at 08:05", c.private("王五", "回访 王奶奶 未接通"),
		"王五: 已记录：王奶奶 未接通（第 1 次）。今天10:15会提醒您再打，通知还要转告；打通了请回复「回访 王奶奶 已通 已转告」。")
	c.now = clock(c.now, 0, 9, 30)
	expect(t, "again before the reminder", c.private("王五", "王奶奶打了没人接"),
		"王五: 王奶奶今天08:07已记过未接通（第 1 次），一天打不通只算一次，这条不再加次数。今天10:15会提醒您再打，通知还要转告；打通了请回复「回访 王奶奶 已通 已转告」。")

	late := newChat(t, understand.Rules{})
	late.now = clock(late.now, 0, 16, 30)
	noticeCall(t, late)
	expect(t, "missed at 16:30", late.private("王五", "回访 王奶奶 未接通"),
		"王五: 已记录：王奶奶 未接通（第 1 次）。明天08:00会提醒您再打，通知还要转告，再打不通会请网格长上门看看；打通了请回复「回访 王奶奶 已通 已转告」。")
}

// TestVisitAskNamesTheNotice: the grid leader asked to visit an elder
// whose call was to pass a notice on hears which, to tell her at the
// door, and what it says, its day read at the visit's (call96: no 「查
// #N1」 to send first).
func TestVisitAskNamesTheNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 17, 0)
	noticeCall(t, c)
	c.private("王五", "回访 王奶奶 未接通")
	c.now = clock(c.now, 1, 8, 5)
	has(t, "the second miss", c.private("王五", "王奶奶 又没人接"),
		"李四: 【请上门看看】王奶奶（13900000001）已连续 2 次电话没接通。\n请安排人上门，把通知 #N1「今天下午3点在村委会领取暖补贴，请带身份证」一起转告，看完回复「回访 王奶奶 上门 已转告 情况」。")
}

// TestCallPassesNoticeOnce: a call that passes on the notice a task
// carries is logged, and 王奶奶's household counted as having heard it, in
// one round trip after the notices' read (the call's commit, the
// township's 收到 with it); the same message delivered again logs nothing
// and counts nothing again.
func TestCallPassesNoticeOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	noticeCall(t, c)
	c.private("王五", "回访 王奶奶 已通 已转告") // loads the scripts, follows her calls
	grannyTask(t, c, "N1")
	m := bot.Message{ID: "call", Private: true, From: "王五", Text: "回访 王奶奶 已通 已转告"}
	got := c.costs(t, 2, "回访 已通 已转告 (the notices read, the commit)", m)
	has(t, "logged", got, "王奶奶户已记为收到通知 #N1")
	if _, got = c.counted(m); len(got) != 0 {
		t.Errorf("the message again: sent %q, want nothing", got)
	}
	ctx := context.Background()
	acks, err := c.st.Counters(ctx, storage.TownshipScope("青山镇"), storage.AckHash("N1"))
	if err != nil || acks["青山村/QS-305"] != 2 {
		t.Errorf("acks of N1: %v (%v), want 王奶奶's household twice (two calls)", acks, err)
	}
	calls, err := c.st.Calls(ctx, village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	logged := 0
	for _, call := range calls {
		if call.Person == "王奶奶" && call.Status == village.CallReached {
			logged++
		}
	}
	if logged != 2 {
		t.Errorf("王奶奶's calls logged reached: %d, want 2 (%+v)", logged, calls)
	}
}

// TestCallPassesNoticeRetypedAfterBusy: a call that passes a notice on
// meets another process's change of its task on both tries (the worker is
// asked to send it again) and is sent again, a new message: 王奶奶's
// household heard the notice once, and is counted once. Each try's 收到
// rides on the call's commit and is made even when the call is not; the
// retyped log is the same call, whose 收到 is already counted.
func TestCallPassesNoticeRetypedAfterBusy(t *testing.T) {
	c, m := meddledChat(t, "t", 1)
	noticeCall(t, c)
	busyMeddled(t, c, m, "王五", "回访 王奶奶 已通 已转告", "抱歉，王奶奶的回访记录刚好有人同时在改，您这条没有登记上，请再发一次。")
	has(t, "sent again", c.say("王五", "回访 王奶奶 已通 已转告"), "王奶奶户已记为收到通知 #N1")
	acks, err := c.st.Counters(context.Background(), storage.TownshipScope("青山镇"), storage.AckHash("N1"))
	if err != nil || acks["青山村/QS-305"] != 1 {
		t.Errorf("acks of N1: %v (%v), want 王奶奶's household once (one call got through)", acks, err)
	}
}
