package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestListsWhatTheOverdueCheckTellsFirst (town99): an item
// sent up whose time to accept ran out before the 08:30 早报 and whose
// township deadline passes before the 09:00 check was counted in
// 「1 件已过受理时限还没人接手，10:00另发【镇里待接手】清单」, but the 09:00
// check told the office of it and the 10:00 list left it out: the office
// looked for it in vain. The 早报 now lists it itself.
func TestMorningDigestListsWhatTheOverdueCheckTellsFirst(t *testing.T) {
	f := newPointsFixture(t)
	up := f.at("2026-12-08 08:00")
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "张三", CreatedAt: up.Add(-48 * time.Hour),
		DueAt: f.at("2026-12-09 08:50"), Handlers: []string{"李四"}, Status: village.StatusEscalated,
		History: []village.Entry{{At: up, By: "李四", Action: village.ActEscalate, From: village.StatusAccepted, To: village.StatusEscalated}}})
	digest := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	holdsEach(t, "the 早报", digest, "#R1 青山村三组 桥栏杆断了（12月8日上报，已等1天）")
	if strings.Contains(digest, "10:00另发") {
		t.Errorf("the 早报 leaves to the 10:00 list an item the 09:00 check tells:\n%s", digest)
	}
	holdsEach(t, "the 09:00 check", strings.Join(f.run("overdue", "2026-12-09 09:00"), "\n"), "#R1", "上报镇后已过期限")
	if list := f.run("unclaimed", "2026-12-09 10:00"); len(list) != 0 {
		t.Errorf("the 10:00 list, the item told at 09:00: %q", list)
	}
}

// TestMonthlyReportAsAtMonthEnd (town99): 【上月事项】 says 月底超期 of the
// month's end, but posted days later (here a catch-up on 01-03) it judged
// each item as it stood then: #R1, late at the end and resolved on 01-02,
// was no longer late; #R2, sent up and taken by no officer by the end,
// read 镇里在办 for 孙七's 确认 of 01-02. Both are read as at the end now,
// and the report says so.
func TestMonthlyReportAsAtMonthEnd(t *testing.T) {
	f := newPointsFixture(t)
	made, due := f.at("2026-12-07 08:30"), f.at("2026-12-08 08:30")
	step := func(rep *village.Report, a village.Action, by, at string) {
		t.Helper()
		if err := rep.Apply(a, by, f.at(at), "说明"); err != nil {
			t.Fatal(a, err)
		}
	}
	item := func(text string) *village.Report {
		return &village.Report{Type: village.General, Text: text, Reporter: "张三", Handlers: []string{"李四"}, Status: village.StatusNew,
			CreatedAt: made, DueAt: due, History: []village.Entry{{At: made, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	}
	r1 := item("路灯坏了")
	step(r1, village.ActAccept, "李四", "2026-12-07 09:00")
	step(r1, village.ActResolve, "李四", "2027-01-02 15:00")
	r2 := item("桥栏杆断了")
	step(r2, village.ActAccept, "李四", "2026-12-07 09:00")
	step(r2, village.ActEscalate, "李四", "2026-12-07 10:00")
	step(r2, village.ActAccept, "孙七", "2027-01-02 10:00")
	r2.Handlers = append(r2.Handlers, "孙七")
	r2.SetDue(f.at("2027-01-05 10:00")) // as the township's 确认 sets it
	r3 := item("水渠堵了")
	step(r3, village.ActAccept, "李四", "2027-01-02 09:00") // taken on late, after the end
	for _, r := range []*village.Report{r1, r2, r3} {
		f.addReport(*r)
	}
	out := strings.Join(f.run("monthly_report", "2027-01-03 09:05"), "\n")
	holdsEach(t, "【上月事项】", out, "截至12月31日24时", "月底超期 2（#R1 #R3；另有等镇里接手 1 件 #R2）")
	if strings.Contains(out, "镇里在办") {
		t.Errorf("【上月事项】 reads #R2 as the township's 确认 after the end made it:\n%s", out)
	}
}

// TestMorningDigestCountsWhatIsFiledAtNine (town99): an item its leader
// left untaken past the reminder is filed with the township by the 09:00
// check; the 08:30 早报 listed it in full under 超期, and 【超期上报】 half
// an hour later listed it again. The 早报 now counts it and says when it
// goes up; an overdue item the check only reminds of stays listed.
func TestMorningDigestCountsWhatIsFiledAtNine(t *testing.T) {
	f := newPointsFixture(t)
	made := f.at("2026-12-07 08:50")
	f.addReport(village.Report{Type: village.General, Text: "护栏断了", Reporter: "张三", Handlers: []string{"李四"}, Status: village.StatusNew,
		CreatedAt: made, DueAt: made.Add(24 * time.Hour)})
	f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "陈二", Handlers: []string{"李四"}, Status: village.StatusAccepted,
		CreatedAt: made, DueAt: f.at("2026-12-09 08:00")})
	f.run("overdue", "2026-12-08 09:00") // #R1's reminder: filed at the next day's check
	digest := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	holdsEach(t, "the 早报", digest, "#R2 青山村三组 一般事项 水渠堵了", "另有1 件网格一直没处理，09:00村级备案上报到镇，另发【超期上报】。")
	if strings.Contains(digest, "护栏断了") {
		t.Errorf("the 早报 lists the item filed at 09:00:\n%s", digest)
	}
	holdsEach(t, "the 09:00 check", strings.Join(f.run("overdue", "2026-12-09 09:00"), "\n"), "【超期上报】", "护栏断了")
}
