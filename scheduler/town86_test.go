package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestUnclaimedRepeatIsShort (town86): 【镇里待接手】 names an item with
// the whole explanation the first working day it is due; the next days,
// the same list told again, it is one short line with how long it has
// waited and the commands (before: the same long message every day for
// weeks). A new item among them brings the full message back.
func TestUnclaimedRepeatIsShort(t *testing.T) {
	f := fixtureOfVillages(t, true)
	up := f.at("2026-12-01 09:00")
	escalate := village.Entry{At: up, By: "李四", Action: village.ActEscalate, To: village.StatusEscalated, Note: "村里办不了"}
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "陈二", CreatedAt: up,
		DueAt: up.Add(20 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四"},
		History: []village.Entry{escalate}})
	first := strings.Join(f.run("unclaimed", "2026-12-02 10:00"), "\n")
	holdsEach(t, "the first day", first, "上报镇后已过受理时限", "有人接手前，每天提醒一次")
	again := strings.Join(f.run("unclaimed", "2026-12-03 10:00"), "\n")
	holdsEach(t, "the next day", again, "【镇里待接手】仍有 1 件没人接手：【青山村三组】#R1（已等2天）。",
		"「确认 青山村 #R1」", "「退回 青山村 #R1 原因」")
	if strings.Contains(again, "每天提醒一次") || strings.Count(again, "\n") > 1 {
		t.Errorf("the next day, not short:\n%s", again)
	}
	// 石桥村's item, due now, is new: the full message again
	up2 := f.at("2026-12-03 09:00")
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "水渠堵了", Reporter: "石大山",
		CreatedAt: up2, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", DueAt: up2.Add(20 * 24 * time.Hour),
		Status: village.StatusEscalated, History: []village.Entry{{At: up2, By: "石大山", Action: village.ActEscalate, To: village.StatusEscalated}},
		Source: "sq-1"})
	// (town99: the one told before only in brief after it)
	holdsEach(t, "with a new item", strings.Join(f.run("unclaimed", "2026-12-04 10:00"), "\n"),
		"这件上报镇后已过受理时限", "水渠堵了", "另有 1 件前几天提醒过，仍没人接手：【青山村三组】#R1（已等3天）。", "每天提醒一次")
	many := strings.Join(f.run("unclaimed", "2026-12-07 10:00"), "\n")
	holdsEach(t, "both again on Monday", many, "【镇里待接手】仍有 2 件没人接手：【青山村三组】#R1（已等6天）、【石桥村一组】#R1（已等4天）。\n",
		"接手回复「确认 青山村 #R1 石桥村 #R1」，只接其中几件就写那几件")
	if strings.Contains(many, "每天提醒一次") {
		t.Errorf("both again, not short:\n%s", many)
	}
}

// TestMorningDigestLeavesOutIdleVillage (town86): the 早报 counts the
// open items of each village that has any; a village with nothing open
// has no 「石桥村：一般 0，调解 0，突发 0，办事 0」 line.
func TestMorningDigestLeavesOutIdleVillage(t *testing.T) {
	f := fixtureOfVillages(t, true)
	at := f.at("2026-12-01 09:00")
	f.addReport(village.Report{Type: village.General, Text: "路灯不亮", Reporter: "陈二", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusNew, Handlers: []string{"李四"}})
	digest := strings.Join(f.run("morning_digest", "2026-12-02 08:30"), "\n")
	holdsEach(t, "the 早报", digest, "青山村：一般 1")
	if strings.Contains(digest, "石桥村") {
		t.Errorf("the 早报 names 石桥村, which has nothing open:\n%s", digest)
	}
}

// BenchmarkUnclaimedAgain (town86): 【镇里待接手】 told again the next
// working day, short: each village's open items read, one commit (the
// previous run is the calendar's, nothing read for it).
func BenchmarkUnclaimedAgain(b *testing.B) {
	f := fixtureOfVillages(b, true)
	var trips int64
	for i := 0; i < b.N; i++ {
		up := f.at("2026-03-02 09:00").AddDate(0, 0, 7*i)
		f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "陈二", CreatedAt: up,
			DueAt: up.Add(20 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四"},
			History: []village.Entry{{At: up, By: "李四", Action: village.ActEscalate, To: village.StatusEscalated}}})
		first := up.AddDate(0, 0, 1).Add(time.Hour)
		if err := f.jobs["unclaimed"].Run(context.Background(), first, first); err != nil {
			b.Fatal(err)
		}
		f.drain(first)
		at := first.AddDate(0, 0, 1)
		trips += f.runTrips(b, "unclaimed", at)
		if out := f.drain(at); len(out) != 1 || !strings.Contains(out[0], "件没人接手：") || strings.Contains(out[0], "每天提醒一次") {
			b.Fatalf("run %d: %q, want the short repeat", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}

// lastStarting is the last of outs (as drain gives them) that starts
// with prefix, or "".
func lastStarting(outs []string, prefix string) (last string) {
	for _, o := range outs {
		if strings.HasPrefix(o, prefix) {
			last = o
		}
	}
	return last
}

// runTrips runs job at at (a benchmark's measured run) and returns the
// round trips it made.
func (f *pointsFixture) runTrips(b *testing.B, job string, at time.Time) int64 {
	b.Helper()
	before := f.st.RoundTrips()
	if err := f.jobs[job].Run(context.Background(), at, at); err != nil {
		b.Fatal(err)
	}
	return f.st.RoundTrips() - before
}
