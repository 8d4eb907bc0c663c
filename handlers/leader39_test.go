package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestMisspeltOffered: a cadre's command with a mistyped verb is offered
// as the command it most likely is, and his 「1」 runs it: the offer costs
// one round trip, the 「1」 one, a redelivered 「1」 acts no second time
// and a later one finds nothing waiting; 「2」 drops the offer.
func TestMisspeltOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "上报 桥头护栏断了")
	got := c.costs(t, 1, "offer", bot.Message{Chat: grid3, From: "李四", Text: "确任 #R1"})
	has(t, "offer", got, "「确任」不是口令，您是想发「确认 #R1」吗？是的话回复「1」照办")
	one := bot.Message{ID: "yes1", Chat: grid3, From: "李四", Text: "1"}
	has(t, "yes", c.costs(t, 1, "yes", one), "#R1 已受理，由李四负责")
	c.say("李四", "办节 #R1 换了灯泡")
	has(t, "yes", c.say("李四", "1"), "#R1 已办结")
	if got := c.send(one); len(got) != 0 {
		t.Errorf("redelivered 1: %q, want nothing", got)
	}
	c.say("李四", "1")
	r := c.reports()[0]
	if n := strings.Count(fmtHistory(r), string(village.StatusResolved)); r.Status != village.StatusResolved || n != 1 {
		t.Errorf("R1: %s, history %+v; want resolved once", r.Status, r.History)
	}
	c.say("李四", "指拍 #R2 王五")
	has(t, "no", c.say("李四", "2"), "「指派 #R2 王五」没有照办")
	if r := c.reports()[1]; r.Status != village.StatusNew {
		t.Errorf("R2 after 2: %s, want untouched", r.Status)
	}
	c.say("李四", "上报镇 #R2 村里修不了")
	has(t, "officer offer", c.in(officeChat, "孙七", "进站 #R2 已联系施工队"), "您是想发「进展 #R2 已联系施工队」吗？是的话回复「1」照办")
	has(t, "officer yes", c.in(officeChat, "孙七", "1"), "进展已记录：已联系施工队")
	if h := c.reports()[1].History; !strings.Contains(h[len(h)-1].Note, "已联系施工队") {
		t.Errorf("R2 after the officer's 1: %+v, want his progress noted", h)
	}
}

// fmtHistory is r's history, one status a line.
func fmtHistory(r village.Report) string {
	var b strings.Builder
	for _, h := range r.History {
		b.WriteString(string(h.To) + "\n")
	}
	return b.String()
}

// TestOfficerManyNoticesMerged: the township's 接手, 答复 and 办结 of two
// items of one grid are one message in its group, as in the office; the
// office's merged 办结 says 他们 of two reporters; each reporter is still
// asked his own 「满意 #R」.
func TestOfficerManyNoticesMerged(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "上报 桥头护栏断了")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "上报镇 #R1 #R2 村里修不了")
	groupSays := func(step string, got []string, want ...string) {
		t.Helper()
		if n := strings.Count(strings.Join(got, "\n"), grid3+": "); n != 1 {
			t.Errorf("%s: %d messages in the group, want 1: %q", step, n, got)
		}
		has(t, step, got, want...)
	}
	groupSays("takeover", c.in(officeChat, "孙七", "确认 #R1 #R2"),
		grid3+": #R1 #R2 镇里已接手：由孙七负责协调", "张三、陈二，办好后会告诉两位。")
	groupSays("answer", c.in(officeChat, "孙七", "答复 #R1 #R2 已联系供电所 下周来修"),
		grid3+": #R1 #R2 进展已记录（镇里孙七）：已联系供电所 下周来修")
	got := c.in(officeChat, "孙七", "办结 #R1 #R2 供电所换了灯 护栏也焊好了")
	groupSays("resolved", got, grid3+": #R1 #R2 已办结（镇里孙七）：供电所换了灯 护栏也焊好了。",
		"@张三\u2005请确认：解决了回复「满意 #R1」", "@陈二\u2005请确认：解决了回复「满意 #R2」",
		officeChat+": #R1 #R2 已办结：供电所换了灯 护栏也焊好了。\n已请报告人张三、陈二确认，他们回复后会告诉负责人。")
	lacks(t, "resolved", got, "陈二确认，他回复后")
}

// TestLeaderReportsTwoForSomeone: a leader's 代报 of two matters files
// both for the one he speaks for, each taken on by him, in the one
// round trip his own two take; nothing is offered back.
func TestLeaderReportsTwoForSomeone(t *testing.T) {
	reportsTwoForSomeone(t, "李四", village.StatusAccepted, "taken on")
}

// reportsTwoForSomeone: from's 代报 of one matter for 王奶奶, then of two,
// files the two for her, recorded by from, each in status (told as what),
// in no more round trips than the 代报 of one; nothing is offered back.
func reportsTwoForSomeone(t *testing.T, from string, status village.Status, what string) {
	t.Helper()
	c := newChat(t, understand.Rules{})
	one, _ := c.counted(bot.Message{Chat: grid3, From: from, Text: "代报 王奶奶 家里水管冻裂了"})
	trips, got := c.counted(bot.Message{Chat: grid3, From: from, Text: "代报 王奶奶 屋顶漏雨了 还有她家门口的路灯也不亮"})
	if trips > one {
		t.Errorf("代报 of two: %d round trips, of one %d", trips, one)
	}
	has(t, "代报 of two", got, "已登记 #R2（一般事项·安全隐患）：屋顶漏雨了（王奶奶反映，"+from+"代报）",
		"已登记 #R3（一般事项·道路交通）：她家门口的路灯也不亮（王奶奶反映，"+from+"代报）")
	lacks(t, "代报 of two", got, "您还说了")
	for _, r := range c.reports() {
		if r.Reporter != "王奶奶" || r.Recorder != from || r.Status != status {
			t.Errorf("%s %s: reporter %s recorder %s %s; want 王奶奶's, by %s, %s", r.ID, r.Text, r.Reporter, r.Recorder, r.Status, from, what)
		}
	}
	c.wantReports(3, "(both filed)")
}

// TestLeaderSecondQuarrel: beside his open quarrel over 地界, the leader's
// words of a quarrel over another subject with no party of it named are
// a new quarrel, filed and taken on, not the first's 进展; words of the
// first's subject are still its 进展.
func TestLeaderSecondQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("李四", "俺和隔壁老赵为地界吵起来了")
	has(t, "second quarrel", c.say("李四", "咱组东头两家为排水沟吵架 我去看了"), "已登记 #R2（调解事项）：咱组东头两家为排水沟吵架 我去看了")
	has(t, "first's news", c.say("李四", "地界那事我去看了 老赵还是不松口"), "#R1 进展已记录：地界那事我去看了")
	c.wantReports(2, "(two quarrels)")
	if h := c.reports()[1].History; len(h) != 2 {
		t.Errorf("R2 history %+v, want filed and taken on only", h)
	}
}
