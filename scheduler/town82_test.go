package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestMonthlyReportTownshipHeldLate (town82): an item the township took
// over and let run past its deadline is 「另有镇里在办」 in the monthly
// 【上月事项】, as 网格排名 counts it, not the grid's 月底超期: the
// officer reading the grid's line had a late item the grid cannot act on.
func TestMonthlyReportTownshipHeldLate(t *testing.T) {
	f := newPointsFixture(t)
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
		Status: village.StatusNew, Text: "水渠堵了", CreatedAt: f.at("2026-12-07 08:30"), DueAt: f.at("2026-12-08 08:30"),
		Handlers: []string{"李四"},
		History:  []village.Entry{{At: f.at("2026-12-07 08:30"), By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	for _, step := range []struct {
		act     village.Action
		by, at  string
		comment string
	}{{village.ActAccept, "李四", "2026-12-07 08:40", ""}, {village.ActEscalate, "李四", "2026-12-07 09:00", "要水利站来疏通"},
		{village.ActAccept, "孙七", "2026-12-07 10:00", ""}} {
		if err := rep.Apply(step.act, step.by, f.at(step.at), step.comment); err != nil {
			t.Fatal(step.act, err)
		}
	}
	rep.Handlers = append(rep.Handlers, "孙七") // as the township's 确认 makes him (镇里接手)
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "town82", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(f.run("monthly_report", "2027-01-01 09:05"), "\n")
	if !strings.Contains(out, "青山村三组：") || !strings.Contains(out, "月底超期 0（另有镇里在办 1 件 #R1）") ||
		!strings.Contains(out, "月底超期 0（另有镇里在办 1 件：上报镇后超期，不算网格的）。") {
		t.Errorf("【上月事项】:\n%s\nwant the grid's 月底超期 0 and the township's one said apart", out)
	}
}
