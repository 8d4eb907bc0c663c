package handlers_test

import (
	"gridbot/bot"
	"strings"
	"testing"

	"gridbot/village"
)

// TestCall98AwayFromTomorrow: 「明天起我不在 电话请马红梅打」 said on 2
// March starts the absence on the 3rd: today's calls stay 王五's (he is
// asked to finish them, the leader and the stand-in are told from when),
// the stand-in may not log them today, and may tomorrow.
func TestCall98AwayFromTomorrow(t *testing.T) {
	c := noticeList70(t)
	got := c.private("王五", "明天起我不在 电话请马红梅打")
	has(t, "away", got,
		"王五: 好的，您先忙。已告诉网格长李四，明天（3月3日）起由马红梅代打。今天还没打的（王奶奶、石德贵、白凤兰）还请您今天打完",
		"明天（3月3日）起到3月5日，您每天的电话清单改发给马红梅",
		"李四: 【网格员打不了电话】王五私信说：「明天起我不在 电话请马红梅打」。明天（3月3日）起到3月5日不能打，今天的电话还由王五自己打完。",
		"马红梅: 【代打电话】王五说：「明天起我不在 电话请马红梅打」。明天（3月3日）起到3月5日，王五负责的老人的回访电话请您代打，每天的电话清单改发给您；今天的还由王五自己打。")
	lacks(t, "away", got, "还没打的回访电话：", "这几天由")
	// today the stand-in is not standing in yet: her log is refused
	got = c.private("马红梅", "回访 王奶奶 已通 已转告")
	has(t, "stand-in today", got, "由王五负责打电话，这次通话没有记录")
	// he logs his own today
	got = c.private("王五", "回访 石德贵 已通 已转告")
	has(t, "his own today", got, "已记录：石德贵 已通")
	if last := c.lastCall("石德贵"); last.Outcome != village.OutcomeReached || last.LoggedBy != "王五" {
		t.Errorf("石德贵's call: %+v", last)
	}
	// tomorrow the stand-in logs what he left
	c.now = clock(c.now, 1, 9, 0)
	got = c.private("马红梅", "回访 王奶奶 已通 已转告")
	has(t, "stand-in tomorrow", got, "已记录：王奶奶 已通")
	if last := c.lastCall("王奶奶"); last.Outcome != village.OutcomeReached || last.LoggedBy != "马红梅" {
		t.Errorf("王奶奶's call: %+v", last)
	}
}

// TestCall98FreshNoticeNotRelayed: a bare 「已转告」 logged three minutes
// after notice #N2 went out counts the notice the call carried (#N1), not
// #N2 (the elder can't have been told it on a call made before it
// existed); the reply says so and how to log it when told; 「已转告 #N2」
// counts it, and so does a bare 「已转告」 logged once it had time.
func TestCall98FreshNoticeNotRelayed(t *testing.T) {
	c := noticeList70(t)
	c.now = clock(c.now, 0, 18, 20)
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 后天上午村卫生室免费体检 60岁以上老人带身份证"})
	c.now = clock(c.now, 0, 18, 23)
	got := c.private("王五", "回访 白凤兰 已通 已转告")
	has(t, "fresh", got, "已记为收到通知 #N1。", "通知 #N2（3月2日 18:21发）是刚发的，不算这次电话转告了；也跟白凤兰说了的话，回复「回访 白凤兰 已通 已转告 #N2」。")
	got = c.send(bot.Message{Chat: "青山村三组网格群", From: "李四", Text: "查 #N2"})
	lacks(t, "N2 not counted", got, "已收到 1/")
	c.now = clock(c.now, 0, 18, 25)
	got = c.private("王五", "回访 白凤兰 已通 已转告 #N2")
	has(t, "named", got, "#N2")
	lacks(t, "named", got, "是刚发的")
	got = c.send(bot.Message{Chat: "青山村三组网格群", From: "李四", Text: "查 #N2"})
	has(t, "N2 counted", got, "已收到 1/")
	// a bare 已转告 once #N2 had time counts the notice its list carried
	// only, and names #N2 (call99)
	c.now = clock(c.now, 0, 18, 40)
	got = c.private("王五", "回访 石德贵 已通 已转告")
	has(t, "in time", got, "已记为收到通知 #N1。", "通知 #N2（", "不是这次电话要转告的，没算")
	lacks(t, "in time", got, "是刚发的")
}

// TestCall98GroupNewsOfAnElder: 王五's 「王奶奶那边炉子灭了 屋里冷」 in the
// group says nothing of phoning or visiting her: news of her (he may have
// it from a neighbour), read as the group's message (confirm-back) with
// how to log the call if he made one; no call is logged. A note that says
// he reached her, or only that she is well, is still her call log.
func TestCall98GroupNewsOfAnElder(t *testing.T) {
	c := noticeList70(t)
	c.now = clock(c.now, 1, 9, 0)
	got := c.in(grid3, "王五", "王奶奶那边炉子灭了 屋里冷")
	has(t, "news", got, "我理解为：", "是给王奶奶打电话或上门问到的，另发「回访 王奶奶 已通」记下这次回访。")
	lacks(t, "news", got, "已记录：王奶奶")
	if last := c.lastCall("王奶奶"); last.Outcome != "" {
		t.Errorf("news of her logged a call: %+v", last)
	}
	has(t, "phoned", c.in(grid3, "王五", "石德贵打通了 他家炉子灭了 屋里冷"), "已记录：石德贵 已通")
	has(t, "well", c.in(grid3, "王五", "白凤兰挺好的"), "已记录：白凤兰 已通")
}

// TestCall98LeaderNamedStandInToldOnce: 王五 names his leader 李四 as
// stand-in: 李四 gets one message, 【网格员打不了电话】 saying the calls are
// his to make and how to log them, not a 【代打电话】 beside it (call98).
func TestCall98LeaderNamedStandInToldOnce(t *testing.T) {
	c := noticeList70(t)
	got := c.private("王五", "明天起请假两天 电话请李四打")
	var toLi []string
	for _, g := range got {
		if strings.HasPrefix(g, "李四: ") {
			toLi = append(toLi, g)
		}
	}
	if len(toLi) != 1 {
		t.Fatalf("李四 gets %d messages, want one:\n%s", len(toLi), strings.Join(toLi, "\n---\n"))
	}
	has(t, "leader", toLi, "【网格员打不了电话】", "王五请您代打，打完回复「回访 名字 已通 已转告」，记在您名下。",
		"明天（3月3日）起到3月4日，王五每天的电话清单改发给您")
}

// TestCall98MyCallsDropPassedNotice: the day after, past the meeting's
// time, 王五's 「回访」 no longer asks his calls to pass notice #N1 on
// (the scheduler's lists already drop it), nor 「已通 已转告」 (call98).
func TestCall98MyCallsDropPassedNotice(t *testing.T) {
	c := noticeList70(t)
	has(t, "before", c.private("王五", "回访"), "要转告通知 #N1", "「回访 名字 已通 已转告」")
	c.now = clock(c.now, 1, 10, 0)
	got := c.private("王五", "回访")
	has(t, "after", got, "1. 王奶奶", "「回访 名字 已通 情况」")
	lacks(t, "after", got, "要转告", "已转告")
}
