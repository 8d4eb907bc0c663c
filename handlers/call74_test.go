package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestStayKinReached: a stay note that says her family answered or spoke
// (「回访 王奶奶 她住院了 儿子接的电话 说下周出院」, 「王奶奶在县医院 她
// 儿子说挺好的」) is a call that got through to her family (已通, as any
// kin answer), she is not home: her calls wait, and notice N1 the call
// was to pass on is not counted for her household, 查 #N1 saying she is
// away. No more round trips than a plain note. Her own word (「她说下周出院」) still passes it
// on (call74).
func TestStayKinReached(t *testing.T) {
	for _, note := range []string{"回访 王奶奶 她住院了 儿子接的电话 说下周出院", "王奶奶在县医院 她儿子说挺好的"} {
		c := noticeList70(t)
		got := c.costs(t, plainNoteTrips(t), note, bot.Message{Private: true, From: "王五", Text: note})
		has(t, note, got, "王五: 已记录：王奶奶 已通（王五", "王奶奶住院的事已记在这次回访里，不用登记事项；例行回访先停，",
			"通知 #N1 不算转告到，查通知时会写王奶奶不在家。")
		lacks(t, note, got, "已记为收到通知", "已登记")
		k := c.lastCall("王奶奶")
		if k.Outcome != village.OutcomeReached || k.AwayUntil.IsZero() {
			t.Errorf("%s: her call %+v, want reached, paused", note, k)
		}
		has(t, note+": chase list", c.office("查 #N1"), "王奶奶户（不在家，王五说）")
	}
	c := noticeList70(t)
	has(t, "her word", c.private("王五", "王奶奶住院了 她说下周出院"), "王五: 已记录：王奶奶 已通", "王奶奶户已记为收到通知 #N1。")
	lacks(t, "her word: counted", c.office("查 #N1"), "王奶奶户")
}

// plainNoteTrips is what 「王奶奶挺好的」 costs on noticeList70's list, in
// a fresh process (2: the first reads of a note's path): a stay note
// costs no more (the steady state, 1, is BenchmarkCall74's).
func plainNoteTrips(t *testing.T) int64 {
	t.Helper()
	n, _ := noticeList70(t).counted(bot.Message{Private: true, From: "王五", Text: "王奶奶挺好的"})
	return n
}

// TestStayWithMatterNotReached: 「王奶奶住院了 腿摔了」 says nobody was
// reached (the reason for the stay is no talk): logged as her stay, not
// 已通, her calls wait, the matter filed on the call, notice N1 not
// counted (call74; hosp73 took only a stay told alone).
func TestStayWithMatterNotReached(t *testing.T) {
	c := noticeList70(t)
	note := "王奶奶住院了 腿摔了"
	got := c.costs(t, plainNoteTrips(t), note, bot.Message{Private: true, From: "王五", Text: note})
	has(t, note, got, "王五: 已记录：王奶奶 未接通（王五", "不算打通", "例行回访先停，", "通知 #N1 不算转告到，查通知时会写王奶奶不在家。",
		"王奶奶反映的「腿摔了」已登记 #R1")
	lacks(t, note, got, "已通", "已记为收到通知")
	if k := c.lastCall("王奶奶"); k.Outcome != village.OutcomeMissed || k.Status != village.CallAway || k.AwayUntil.IsZero() {
		t.Errorf("%s: her call %+v, want not reached, away, paused", note, k)
	}
	has(t, "chase list", c.office("查 #N1"), "王奶奶户（不在家，王五说）")
}

// TestGridOwnPassedOnPrivately: 「赵六家我告诉他了」 from the grid's worker
// privately is what it is in the group (TestGridOwnPassedOnInGroup): the
// household's 收到, the same reply (without the @), one round trip, and
// no call logged for 赵六, who uses WeChat and has no call on any list.
// With no notice of the last two days he is told so, nothing recorded
// (call74). The group's own form, 「赵六那边我告诉他了」, is the same
// privately (call75: it made no log, so nothing was counted).
func TestGridOwnPassedOnPrivately(t *testing.T) {
	for _, word := range []string{"赵六家我告诉他了", "赵六那边我告诉他了"} {
		c := newChat(t, understand.Rules{})
		c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
		expect(t, "no notice", c.private("王五", word), "王五: 最近两天没有发到赵六家所在网格的通知，没有记录。要记电话回访请发「回访 姓名 已通」。")
		c.office(notice70)
		c.now = c.now.Add(30 * time.Minute) // his word of telling comes after it had time (call99)
		got := c.costs(t, 1, word, bot.Message{Private: true, From: "王五", Text: word})
		expect(t, word, got, "王五: 已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
		if calls := c.callsOf("赵六"); len(calls) != 0 {
			t.Errorf("calls of 赵六: %+v, want none", calls)
		}
		got = c.office("查 #N1")
		has(t, "查 #N1", got, "青山村三组：已收到 1/9 户")
		lacks(t, "查 #N1", got, "赵六户")
	}
}

// TestTwoAbsencesInAMonth: 王五 away twice in a month (李四's 「王五请假到下
// 周一」 ended by 「王五回来了」 the next day, then 「王五请假到15号」 on
// the 13th, put off to the 20th the same day): the month's coverage names
// both, the second kept in one round trip after the first, and the one
// put off is one absence, not two (call74; only the later was kept).
func TestTwoAbsencesInAMonth(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.private("李四", "王五请假到下周一")
	c.now = c.now.Add(24 * time.Hour)
	c.private("李四", "王五回来了")
	c.now = c.now.Add(10 * 24 * time.Hour)
	c.costs(t, 1, "the second absence", bot.Message{Private: true, From: "李四", Text: "王五请假到15号"})
	has(t, "put off", c.private("李四", "王五请假到20号"), "已记下王五到3月20日不能打电话")
	has(t, "coverage", c.private("李四", "回访覆盖率多少"), "王五3月2日请假，李四代打；王五3月13日至3月20日请假，李四代打")
	b, err := c.st.Asked(context.Background(), village3, village.AwayKey("青山村/"+wangWuHousehold(t, c)+"/王五"))
	if err != nil {
		t.Fatal(err)
	}
	as := village.Aways(b)
	if len(as) != 2 || as[0].LastDay().Day() != 2 || as[1].At.Day() != 13 || as[1].LastDay().Day() != 20 {
		t.Errorf("absences kept %+v, want 2 March, then 13 to 20 March", as)
	}
}
