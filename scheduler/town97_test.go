package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// lateWithTownship adds to f two items of 青山村三组 sent up (上报镇) by
// 李四 on 12-07 and past their deadline from 12-08: #R1 taken over by 孙七,
// #R2 that no officer took on. withGrid adds #R3, the grid's own, late too.
func lateWithTownship(f *pointsFixture, withGrid bool) {
	f.t.Helper()
	up := func(text string, officer bool) {
		rep := &village.Report{Type: village.General, Text: text, Reporter: "张三", Handlers: []string{"李四"},
			CreatedAt: f.at("2026-12-07 08:30"), DueAt: f.at("2026-12-08 08:30"),
			History: []village.Entry{{At: f.at("2026-12-07 08:30"), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		rep.Status = village.StatusNew
		steps := []struct {
			act    village.Action
			by, at string
		}{{village.ActAccept, "李四", "2026-12-07 08:40"}, {village.ActEscalate, "李四", "2026-12-07 09:00"}}
		if officer {
			steps = append(steps, struct {
				act    village.Action
				by, at string
			}{village.ActAccept, "孙七", "2026-12-07 10:00"})
		}
		for _, s := range steps {
			if err := rep.Apply(s.act, s.by, f.at(s.at), "要镇里协调"); err != nil {
				f.t.Fatal(s.act, err)
			}
		}
		if officer {
			rep.Handlers = append(rep.Handlers, "孙七") // as the township's 确认 makes him
		}
		f.addReport(*rep)
	}
	up("村口路灯坏了", true)
	up("桥栏杆断了", false)
	if withGrid {
		f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "张三", Handlers: []string{"李四"},
			CreatedAt: f.at("2026-12-07 08:30"), DueAt: f.at("2026-12-08 08:30")})
	}
}

// TestMonthlyReportSentUpUntakenIsTownships (town97): an item the grid
// sent up that nobody in the township took on, still late at the month's
// end, is not the grid's 月底超期: the grid passed it on, the township is
// to take it or send it back. It is said apart as 等镇里接手, beside the
// one the township took over (镇里在办); the grid's own late item stays
// the grid's.
func TestMonthlyReportSentUpUntakenIsTownships(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, true)
	out := strings.Join(f.run("monthly_report", "2027-01-01 09:05"), "\n")
	for _, want := range []string{
		"上报镇 2，月底超期 1（#R3；另有镇里在办 1 件 #R1、等镇里接手 1 件 #R2）",
		"月底超期 1（另有镇里在办 1 件、等镇里接手 1 件：上报镇后超期，不算网格的）。",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("【上月事项】:\n%s\nwant it to contain %q", out, want)
		}
	}
}

// TestMorningDigestLeavesOutOfficersPhones (town97): the 早报's 超期 line
// of an item 孙七 took over says 「孙七在办」 without his phone (he read
// his own number back; the office's people have each other's), while the
// line of the item nobody took still gives the grid leader's.
func TestMorningDigestLeavesOutOfficersPhones(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, false)
	out := strings.Join(f.run("morning_digest", "2026-12-10 08:30"), "\n")
	for _, want := range []string{"孙七在办，超期", "镇里还没人接手，网格长李四（13900000004）"} {
		if !strings.Contains(out, want) {
			t.Errorf("早报:\n%s\nwant it to contain %q", out, want)
		}
	}
	if strings.Contains(out, "13900000007") {
		t.Errorf("早报:\n%s\nwant no officer's phone (孙七 13900000007)", out)
	}
}

// BenchmarkMonthlyReportWithTownship (town97): the monthly 【上月事项】 of a
// grid with an item the township holds, one waiting for it and the grid's
// own: whether each was with the township at the month's end is read from
// the item in hand, no round trip added (rt/op).
func BenchmarkMonthlyReportWithTownship(b *testing.B) {
	f := newPointsFixture(b)
	lateWithTownship(f, true)
	var trips int64
	for i := 0; i < b.N; i++ {
		at := f.at("2027-01-01 09:05").AddDate(0, i, 0)
		trips += f.runTrips(b, "monthly_report", at)
		if out := strings.Join(f.drain(at), "\n"); !strings.Contains(out, "等镇里接手 1 件") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}
