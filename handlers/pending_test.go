package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// pendingReader reads two unsure matters and an unsure claim: each is
// asked back 「回复1登记」.
func pendingReader() scripted {
	return scripted{
		"东头那条路有个坑":      report("道路交通", 0.65, "东头那条路有个坑"),
		"后山水渠好像堵了":      report("水利", 0.65, "后山水渠好像堵了"),
		"今天出义务工修了一上午的路": {Intent: village.IntentClaim, Indicator: "SG02", Confidence: 0.85, Summary: "出义务工修路"},
	}
}

// TestTwoPendingReports: a second matter told before the first question
// is answered waits with it: one 「1」 files both, each reply naming its
// matter, in the order told; nothing is lost.
func TestTwoPendingReports(t *testing.T) {
	c := newChat(t, pendingReader())
	has(t, "first asked", c.say("陈二", "东头那条路有个坑"), "我理解为", "东头那条路有个坑", "回复「1」登记")
	has(t, "second asked", c.say("陈二", "后山水渠好像堵了"), "我理解为", "后山水渠好像堵了", "回复「1」登记")
	got := c.say("陈二", "1")
	expect(t, "1 files both", got, grid3+": 已登记 #R1") // one reply for both (rep74)
	has(t, "asked once", got, "已登记 #R2", "回复「确认 #R1 #R2」")
	has(t, "each named", got, "东头那条路有个坑", "后山水渠好像堵了")
	reps := c.reports()
	texts := []string{}
	for _, r := range reps {
		texts = append(texts, r.Text)
	}
	if len(reps) != 2 || !strings.Contains(strings.Join(texts, "|"), "东头那条路有个坑") || !strings.Contains(strings.Join(texts, "|"), "后山水渠好像堵了") {
		t.Errorf("reports = %q, want both matters", texts)
	}
	expect(t, "nothing waits any more", c.say("陈二", "1"))
}

// TestPendingReportThenClaim: a claim asked back while a report waits:
// 「1」 files the report and submits the claim.
func TestPendingReportThenClaim(t *testing.T) {
	c := newChat(t, pendingReader())
	c.say("张三", "东头那条路有个坑")
	has(t, "claim asked", c.say("张三", "今天出义务工修了一上午的路"), "回复「1」提交给评分小组")
	got := c.say("张三", "1")
	has(t, "both", got, "已登记 #R1", "#C1")
	c.wantReports(1, "the report")
}

// TestPendingAnswerNo: 「2」 to two waiting questions drops both, naming
// each, so that he knows to tell again the one he wants.
func TestPendingAnswerNo(t *testing.T) {
	c := newChat(t, pendingReader())
	c.say("陈二", "东头那条路有个坑")
	c.say("陈二", "后山水渠好像堵了")
	expect(t, "2 drops both", c.say("陈二", "2"),
		grid3+": 好的，「东头那条路有个坑」和「后山水渠好像堵了」都不登记。要登记其中哪件，请再说一次。")
	c.wantReports(0, "after 2")
	// someone else's 1 files nothing of his
	c.say("陈二", "东头那条路有个坑")
	c.say("陈二", "后山水渠好像堵了")
	expect(t, "another's 1", c.say("张三", "1"))
	c.wantReports(0, "after another's 1")
}

// TestPendingExpiry: past llm.confirm_ttl (30 minutes) a 「1」 files
// neither but asks again about both; a matter already past its time
// when the second was asked is told so, not filed, on the second's 「1」.
func TestPendingExpiry(t *testing.T) {
	c := newChat(t, pendingReader())
	c.say("陈二", "东头那条路有个坑")
	c.say("陈二", "后山水渠好像堵了")
	c.now = c.now.Add(40 * time.Minute)
	asked := c.now.Add(-40 * time.Minute).In(at.Location()).Format("15:04")
	expect(t, "late 1", c.say("陈二", "1"),
		grid3+": @陈二\u2005您今天"+asked+"说的「东头那条路有个坑」和「后山水渠好像堵了」过了回复时间，还没有登记。要登记请再回一次「1」（2件都登记），不用回「2」。")
	c.wantReports(0, "after a late 1")
	has(t, "then 1 files both", c.say("陈二", "1"), grid3+": 已登记 #R1", "已登记 #R2", "回复「确认 #R1 #R2」")

	d := newChat(t, pendingReader())
	d.say("陈二", "东头那条路有个坑")
	first := d.now.In(at.Location()).Format("15:04")
	d.now = d.now.Add(time.Hour)
	d.say("陈二", "后山水渠好像堵了")
	expect(t, "the stale one told", d.say("陈二", "1"), grid3+": 已登记 #R1",
		fmt.Sprintf("%s: @陈二\u2005您今天%s说的「东头那条路有个坑」当时过了回复时间，没有登记；要登记请再说一次。", grid3, first))
	if reps := d.reports(); len(reps) != 1 || reps[0].Text != "后山水渠好像堵了" {
		t.Errorf("reports = %+v, want only the fresh one", reps)
	}
}
