package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallPutOffInWords: a worker's answer that he has not phoned yet or
// will later ("还没呢 等天晴了再打", "等她儿子回来再说"), privately or
// quoting the bot's call reminder, keeps the calls open and says when the
// reminder comes again; quoting the reminder, the calls it names are
// meant, and a bare "还没" is answer enough. No help text, no report.
func TestCallPutOffInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.private("王五", "回访 石德贵 未接通")
	c.now = c.now.Add(24 * time.Hour) // the next day: both still to make
	for _, text := range []string{"还没呢 等天晴了再打", "还没打 明天打", "下午再打", "等她儿子回来再说", "还没打呢"} {
		expect(t, text, c.private("王五", text), "王五: 好的，电话任务还留着（王奶奶、石德贵），明天08:00会再提醒您；打完一个回复一条「回访 名字 已通 情况」")
	}
	expect(t, "a miss without a name", c.private("王五", "打了没人接"), "王五: 这条是哪位的回访？您还有 2 个电话要打：王奶奶、石德贵")
	retry := &bot.Quote{Name: "网格小助手", Text: "【电话回访】石德贵上次没打通（1次），请今天再打一次：13900000031。"}
	for _, text := range []string{"还没呢 等天晴了再打", "等她儿子回来再说", "还没"} {
		expect(t, "quoting: "+text, c.send(bot.Message{Private: true, From: "王五", Text: text, Quote: retry}),
			"王五: 好的，电话任务还留着（石德贵），明天08:00会再提醒您；打完请回复「回访 名字 已通 情况」，例如：回访 石德贵 已通 身体挺好。")
	}
	c.wantReports(0, "(putting a call off is no matter)")
	lacks(t, "a bare 还没 long after any reminder", c.private("王五", "还没"), "电话任务还留着")
	// followed by now: the answer is its one round trip, as 知道了 明天去's
	if n, got := c.counted(bot.Message{Private: true, From: "王五", Text: "还没呢 等天晴了再打"}); n > 1 {
		t.Errorf("put off: %d round trips, want 1 (the reply): %q", n, got)
	}
}

// TestCallPutOffNothingOpen: with no call to make, putting one off is
// told so (not the help text, not a matter to register); a miss quoting
// an old reminder asks whom he phoned.
func TestCallPutOffNothingOpen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"还没呢 等天晴了再打", "还没打 明天打"} {
		expect(t, text, c.private("王五", text), "王五: 您现在没有要打的电话，有新的会在早上私信告诉您。")
	}
	old := &bot.Quote{Name: "网格小助手", Text: "【电话回访】请今天给白凤兰打个电话：13900000053（关爱等级：重点，每月一次）。"}
	expect(t, "等她儿子回来再说, quoting", c.send(bot.Message{Private: true, From: "王五", Text: "等她儿子回来再说", Quote: old}),
		"王五: 您现在没有要打的电话")
	expect(t, "打了没人接, quoting", c.send(bot.Message{Private: true, From: "王五", Text: "打了没人接", Quote: old}),
		"王五: 请这样记：回访 名字 已通/未接通/上门 情况")
	c.wantReports(0, "(putting a call off is no matter)")
}

// TestCallListedAgain: when a call put off is listed again: a 一般 call
// listed on Monday waits remind_again (7 days) for the next Monday's
// list, a 重点 one 3 days, a 高 one the next morning; a miss since it was
// listed, a notice to pass on, a call never listed: the next morning; a
// retry still to come today: then.
func TestCallListedAgain(t *testing.T) {
	cfg, _ := exampleVillage(t)
	loc := cfg.Location()
	monday := time.Date(2026, 3, 2, 8, 0, 0, 0, loc)
	now := monday.Add(3 * time.Hour)
	list := func(d int) time.Time { return monday.AddDate(0, 0, d) }
	for _, c := range []struct {
		name string
		call village.Call
		want time.Time
	}{
		{"一般", village.Call{Care: village.CareNormal, RemindedAt: monday}, list(7)},
		{"重点", village.Call{Care: village.CareFocus, RemindedAt: monday}, list(3)},
		{"高", village.Call{Care: village.CareHigh, RemindedAt: monday}, list(1)},
		{"missed since", village.Call{Care: village.CareNormal, RemindedAt: monday, Outcome: village.OutcomeMissed, LoggedAt: monday.Add(time.Hour)}, list(1)},
		{"a notice", village.Call{Care: village.CareNormal, RemindedAt: monday, Notices: []string{"N1"}}, list(1)},
		{"never listed", village.Call{Care: village.CareNormal}, list(1)},
		{"a retry today", village.Call{Care: village.CareNormal, RemindedAt: monday, RetryAt: now.Add(2 * time.Hour)}, now.Add(2 * time.Hour)},
		{"listed a week ago", village.Call{Care: village.CareNormal, RemindedAt: list(-7)}, list(1)},
	} {
		if got, ok := cfg.CallListedAgain(c.call, now); !ok || !got.Equal(c.want) {
			t.Errorf("%s: listed again %v (%v), want %v", c.name, got, ok, c.want)
		}
	}
}

// TestNoticePastTimeAsked: 「今天上午9点在村委会开会」 sent at 14:00 names a
// time already past: nothing is posted, the officer is asked as for a day
// past (notice36) and 照发 posts it as written. A time still to come, a
// range still on, a part of the day after the time, and tomorrow are
// posted.
func TestNoticePastTimeAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 3, 2, 14, 0, 0, 0, at.Location())
	got := noticeHeld(t, c, "通知 三组 今天上午9点在村委会开会")
	has(t, "上午9点 at 14:00", got, "通知里说的“上午9点”是今天09:00，现在14:01，已经过去了，通知还没有发出。请改好时间后重新发「通知 …」",
		"确实要照原样发，请发：\n通知 三组 今天上午9点在村委会开会 照发")
	postedAsIs(t, c, "通知 三组 今天上午9点在村委会开会", "【通知】今天上午9点在村委会开会\n", "已经过去了")
	has(t, "a date of today", c.in(officeChat, "孙七", "通知 三组 3月2日上午10点领化肥"), "“上午10点”是今天10:00")
	postedAsWritten(t, c,
		"通知 三组 今天下午4点在村委会开会",
		"通知 三组 今天下午1点半在村委会开会", // within the hour: still going on
		"通知 三组 今天上午9点到下午5点停水",
		"通知 三组 今天上午9点开会，下午领表",
		"通知 三组 明天上午9点在村委会开会",
		"通知 三组 今天上午停水")
}

// postedAsWritten checks that each of the officer's 通知 is posted, not
// asked about.
func postedAsWritten(t *testing.T, c *chat, texts ...string) {
	t.Helper()
	for _, text := range texts {
		got := c.in(officeChat, "孙七", text)
		if !noticePosted(got) {
			t.Errorf("%s: not posted: %q", text, got)
		}
		lacks(t, text, got, "已经过去了")
	}
}

// storeCall stores call as a task open now, as the scheduler writes one.
func storeCall(t *testing.T, c *chat, call village.Call) {
	t.Helper()
	d, err := storage.CallDoc(call)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprintf("task-%d", c.n), Docs: []storage.Doc{d}}); err != nil {
		t.Fatal(err)
	}
}

// TestNoticeCallMissedPastItsTime: a call whose list said to pass a
// notice on by 08:30 (a meeting at 9), missed at 08:48, is not tried
// again at 10:15 for it (the reminder then only said it was too late):
// the worker hears it is too late for the notice. Missed at 08:05, he
// hears he may still try before 08:30, and no reminder comes today.
func TestNoticeCallMissedPastItsTime(t *testing.T) {
	for _, c := range []struct {
		name string
		at   int // minutes past 08:00
		want string
	}{
		{"past", 48, "王五: 已记录：王奶奶 未接通（第 1 次）。通知要在08:30前转告，现在已经来不及了，不用再为通知打；明天08:00会提醒您再打"},
		{"before", 5, "王五: 已记录：王奶奶 未接通（第 1 次）。通知要在08:30前转告，来得及请再打一次；明天08:00会提醒您再打"},
	} {
		ch := newChat(t, understand.Rules{})
		ch.now = clock(ch.now, 0, 8, 0)
		ch.send(bot.Message{Chat: officeChat, From: "孙七", Text: "通知 三组 明天上午9点在村委会开会"})
		ch.now = clock(ch.now, 1, 8, 0)
		storeCall(t, ch, village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶",
			Phone: "13900000001", Worker: "王五", Notices: []string{"N1"}, Due: ch.now, Status: village.CallOpen,
			RemindedAt: ch.now, RelayBy: clock(ch.now, 0, 8, 30)})
		ch.now = ch.now.Add(time.Duration(c.at-1) * time.Minute)
		got := ch.private("王五", "回访 王奶奶 未接通")
		expect(t, c.name, got, c.want)
		lacks(t, c.name, got, "今天10:15")
	}
}

// TestNoticeStatusToTheWorker: 「通知 未回复」 from the worker who still
// has a call passing the notice on says 您, not his own name; once its
// time passed (the meeting at 9, at 9:10), no call is said to be left.
func TestNoticeStatusToTheWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 18, 30)
	n, err := storage.NoticeDoc(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: clock(c.now, 0, 14, 0),
		Groups: []string{grid3}, FollowedUp: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "meeting", Docs: []storage.Doc{n}}); err != nil {
		t.Fatal(err)
	}
	grannyTask(t, c, "N1")
	has(t, "the evening before", c.private("王五", "通知 未回复"), "电话转告还没打完：您 1 人。")
	c.now = clock(c.now, 1, 9, 10)
	got := c.private("王五", "通知 未回复")
	has(t, "after the meeting began", got, "没回的户已告诉各网格员，由他们提醒。")
	lacks(t, "after the meeting began", got, "电话转告还没打完")
}

// TestCallPutOffNotOtherTalk: a worker with calls open who asks the bot
// to say something again, or talks of a matter, is not answered about
// his calls.
func TestCallPutOffNotOtherTalk(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	for _, text := range []string{"你再说一遍", "再说一下怎么记"} {
		lacks(t, text, c.private("王五", text), "电话任务还留着")
	}
}

// TestVisitPutOffQuoting: the grid leader answering the request to visit
// with "还没去 等她儿子回来再说" hears the visit is still his, logged as
// 上门, not a phone call's line.
func TestVisitPutOffQuoting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 石德贵 没人接")
	c.now = c.now.Add(24 * time.Hour)
	ask := c.private("王五", "回访 石德贵 关机")
	has(t, "the second miss", ask, "李四: 【请上门看看】石德贵")
	q := &bot.Quote{Name: "网格小助手", Text: "【请上门看看】石德贵（13900000031）已连续 2 次电话没接通。"}
	expect(t, "put off", c.send(bot.Message{Private: true, From: "李四", Text: "还没去 等她儿子回来再说", Quote: q}),
		"李四: 好的，石德贵的回访还留着，明天08:00会再提醒您；去过后请回复「回访 石德贵 上门 情况」。")
}
