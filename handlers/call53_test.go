package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallNoteJoinsOpenAlarm: after 张三's 「后山着火了」 (#R1), 王五's
// call note that 白凤兰 told of it joins #R1 as her news (she follows it,
// her words kept with 王五 as recorder when they add to it, the duty chat
// told once), as the same words in the group do; no #R2, no second alarm.
func TestCallNoteJoinsOpenAlarm(t *testing.T) {
	for _, text := range []string{"白凤兰打过了 她说后山着火了", "回访 白凤兰 已通 她说后山着火了", "白凤兰打过了 她说后山着火了 火很大"} {
		c := warmCalls(t)
		has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
		got := c.private("王五", text)
		has(t, text, got, "已记录：白凤兰 已通", "是 #R1 那件突发事件", "青山镇应急值班群: 【突发补充】青山村三组 #R1",
			"白凤兰（王五电话回访转述，王五 13900000005）也报告：后山着火了")
		lacks(t, text, got, "#R2", "【突发事件】")
		reps := c.reports()
		if len(reps) != 1 {
			t.Fatalf("%s: reports %+v", text, reps)
		}
		r := reps[0]
		kept := strings.Contains(saidSoFarOf(r), "白凤兰（王五电话回访记录）:后山着火了 火很大")
		if !slices0(r.Followers, "白凤兰") || kept != strings.HasSuffix(text, "火很大") {
			t.Errorf("%s: report %+v", text, r)
		}
		if n := notesOf(t, c, "白凤兰"); len(n) != 1 {
			t.Errorf("%s: logged %q", text, n)
		}
	}
}

// TestCallNoteOtherAlarmIsNew: safety first — another place or another
// hazard told on a call while #R1 burns is a new alarm.
func TestCallNoteOtherAlarmIsNew(t *testing.T) {
	for _, text := range []string{"白凤兰打过了 她说她家煤气味好大", "白凤兰打过了 她说村口河里有人落水了"} {
		c := warmCalls(t)
		has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
		got := c.private("王五", text)
		has(t, text, got, "已记录：白凤兰 已通", "青山镇应急值班群: 【突发事件】", "#R2")
	}
}

// TestCallNoteJoinsNoMoreRoundTrips: with the calls and the grid's
// reports followed, the call note joining #R1 costs what filing a new
// alarm from a call costs (measured 2 each: the commit and one read the
// emergency call path made before call53), no trip of its own.
func TestCallNoteJoinsNoMoreRoundTrips(t *testing.T) {
	c := warmCalls(t)
	has(t, "alarm", c.say("张三", "后山着火了"), "#R1")
	has(t, "warm reports", c.private("王五", "回访 白凤兰 已通 屋顶漏雨"), "已登记 #R2")
	fresh, got := c.counted(bot.Message{Private: true, From: "王五", Text: "白凤兰打过了 她说村口河里有人落水了"})
	has(t, "new alarm", got, "#R3")
	text := "白凤兰打过了 她说后山着火了"
	got = c.costs(t, fresh, text, bot.Message{Private: true, From: "王五", Text: text})
	has(t, text, got, "是 #R1 那件突发事件")
	if fresh > 2 {
		t.Errorf("a call's alarm costs %d round trips", fresh)
	}
}

func slices0(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func saidSoFarOf(r village.Report) string {
	var b strings.Builder
	for _, e := range r.History {
		if e.Action == village.ActSaid {
			b.WriteString(e.By + ":" + e.Note + "\n")
		}
	}
	return b.String()
}

var _ = understand.Rules{}

// TestRecorderOwnWish: after 王五 logged 白凤兰's 「要办高龄补贴」 (an
// approval item of hers he recorded), his own private 「我想办高龄补贴」 is
// his matter, not her item asked again; his words for her ("她那个要带
// 什么材料") still go to her item.
func TestRecorderOwnWish(t *testing.T) {
	c := warmCalls(t)
	has(t, "logged", c.private("王五", "白凤兰打过了 她说要办高龄补贴"), "已记录：白凤兰 已通", "#R1")
	n, got := c.counted(bot.Message{Private: true, From: "王五", Text: "我想办高龄补贴"})
	lacks(t, "own", got, "又问", "就 #R1")
	has(t, "own", got, "李四: 【私信反映】王五 反映 #R2（办事咨询）：我想办高龄补贴")
	t.Logf("own wish: %d round trips", n)
	if n > 1 {
		t.Errorf("own wish: %d round trips, want 1 (the filing's commit)", n)
	}
	reps := c.reports()
	if len(reps) != 2 || reps[1].Reporter != "王五" || reps[1].Recorder != "" {
		t.Errorf("reports %+v", reps)
	}
	for _, text := range []string{"我想问下她那个要带什么材料", "白凤兰那个要带户口本原件吗"} {
		has(t, text, c.private("王五", text), "就 #R1")
	}
}
