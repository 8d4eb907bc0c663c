package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// resolvedInTime adds to f an item of 青山村三组 of type typ made at made,
// taken on and resolved by 李四 an hour later, well within its deadline;
// it returns the report as added.
func resolvedInTime(f *pointsFixture, typ village.Type, text, made string) village.Report {
	f.t.Helper()
	at := f.at(made)
	rep := village.Report{Type: typ, Text: text, Reporter: "张三", Handlers: []string{"李四"}, Status: village.StatusNew,
		CreatedAt: at, DueAt: at.Add(72 * time.Hour),
		History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	for _, act := range []village.Action{village.ActAccept, village.ActResolve} {
		at = at.Add(time.Hour)
		if err := rep.Apply(act, "李四", at, "修好了"); err != nil {
			f.t.Fatal(act, err)
		}
	}
	f.addReport(rep)
	return rep
}

// TestYearlyReportOfOneVillage (town100): on January 1st the office gets
// 【年度事项】 of the year before: the year's new items by type, resolved
// and in time, sent up, still open at the year's end with the late ones
// among them, by grid in a township of one village (a village line would
// say the total again), and with one grid's items only, no line of it at
// all (「都是青山村三组的」); an item resolved on January 1st before it is
// posted still counted open, as the year ended. Items of the new year
// are not counted.
func TestYearlyReportOfOneVillage(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, true) // #R1 孙七's, #R2 nobody's, #R3 the grid's: late since 12-08
	resolvedInTime(f, village.Mediation, "两家为排水沟吵架", "2026-06-01 09:00")
	open := f.at("2026-12-30 09:00")
	late := village.Report{Type: village.General, Text: "垃圾桶满了", Reporter: "陈二", Handlers: []string{"李四"}, Status: village.StatusNew,
		CreatedAt: open, DueAt: open.Add(72 * time.Hour),
		History: []village.Entry{{At: open, By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	if err := late.Apply(village.ActResolve, "李四", f.at("2027-01-01 08:00"), "清了"); err != nil {
		t.Fatal(err)
	}
	f.addReport(late)
	resolvedInTime(f, village.General, "新年的路灯", "2027-01-01 07:00")
	out := strings.Join(f.run("yearly_report", "2027-01-01 09:10"), "\n")
	holdsEach(t, "【年度事项】", out,
		"【年度事项】2026年（按网格，截至12月31日24时）",
		"全镇新反映 5 件（一般 4，调解 1），办结 1 件，按期办结率 100%，报告人满意 0，重新打开 0，上报镇 2；年底还没办结 4 件（#R1 #R2 #R3 #R5），其中网格超期 1 件（#R3）；另有上报镇后超期的：镇里在办 1 件 #R1、等镇里接手 1 件 #R2。都是青山村三组的。\n各月（新反映/办结）：6月 1/1，7月至11月 没有，12月 4/0\n",
		"发「查 #R1」看一件现在怎么样")
	if strings.Contains(out, "青山村：") || strings.Contains(out, "青山村三组：") || strings.Contains(out, "新年的路灯") {
		t.Errorf("【年度事项】 repeats the total on its one grid's line or counts the new year:\n%s", out)
	}
	if again := f.run("yearly_report", "2027-01-01 09:10"); len(again) != 0 {
		t.Errorf("posted twice: %q", again)
	}
}

// TestYearlyReportOfTwoVillages (town100): a township of several villages
// reads 【年度事项】 by village, each village's grids added up, its numbers
// written as a township command writes them (「石桥村 #R1」).
func TestYearlyReportOfTwoVillages(t *testing.T) {
	f := fixtureOfVillages(t, true)
	resolvedInTime(f, village.General, "村口路灯坏了", "2026-03-02 09:00")
	made := f.at("2026-11-02 09:00")
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "石网长",
		CreatedAt: made, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", DueAt: made.Add(72 * time.Hour),
		Status: village.StatusAccepted, Handlers: []string{"石网长"}, Source: "sq-1"})
	out := strings.Join(f.run("yearly_report", "2027-01-01 09:10"), "\n")
	holdsEach(t, "【年度事项】", out,
		"【年度事项】2026年（按村，截至12月31日24时）",
		"全镇新反映 2 件（一般 2），办结 1 件，按期办结率 100%",
		"青山村：新反映 1，办结 1（按期 1），上报镇 0，年底未办结 0\n",
		"石桥村：新反映 1，办结 0，上报镇 0，年底未办结 1（石桥村 #R1），其中网格超期 1 件（石桥村 #R1）\n",
		"发「查 石桥村 #R1」")
}

// TestYearlyReportOfAnIdleYear (town100): a year with no item anywhere
// posts nothing.
func TestYearlyReportOfAnIdleYear(t *testing.T) {
	f := newPointsFixture(t)
	resolvedInTime(f, village.General, "新年的路灯", "2027-01-01 07:00")
	if out := f.run("yearly_report", "2027-01-01 09:10"); len(out) != 0 {
		t.Errorf("an idle year posted: %q", out)
	}
}

// BenchmarkYearlyReport (town100): 【年度事项】 reads each village's items
// once and posts in one commit (rt/op).
func BenchmarkYearlyReport(b *testing.B) {
	f := newPointsFixture(b)
	lateWithTownship(f, true)
	var trips int64
	for i := 0; i < b.N; i++ {
		at := f.at("2027-01-01 09:10").AddDate(i, 0, 0)
		trips += f.runTrips(b, "yearly_report", at)
		f.drain(at)
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}

// TestMorningDigestOfOneVillageSaysNoVillageLine (town100): in a
// township of one village the 早报 read 「青山村：一般 2」 right under
// 「全镇未办结 2 件」; it says the types only when there are several.
func TestMorningDigestOfOneVillageSaysNoVillageLine(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, false)
	digest := strings.Join(f.run("morning_digest", "2026-12-10 08:30"), "\n")
	if strings.Contains(digest, "青山村：") || strings.Contains(digest, "按类型") {
		t.Errorf("早报 of one type repeats the total:\n%s", digest)
	}
	at := f.at("2026-12-10 09:00")
	f.addReport(village.Report{Type: village.Mediation, Text: "两家为宅基地吵架", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(7 * 24 * time.Hour), Handlers: []string{"李四"}})
	holdsEach(t, "早报 of two types", strings.Join(f.run("morning_digest", "2026-12-11 08:30"), "\n"),
		"全镇未办结 3 件\n", "按类型：一般 2，调解 1\n")
}

// TestUnclaimedNotRepeatedAfterTheDigest (town100): an item nobody in the
// township takes is listed in full by 【镇里待接手】 the first day; from
// then on the 08:30 早报 lists it with how long it has waited and the
// 10:00 list says nothing more that morning (it named the same numbers
// again). A morning with no 早报 posted keeps the brief line.
func TestUnclaimedNotRepeatedAfterTheDigest(t *testing.T) {
	f := newPointsFixture(t)
	sentUpAt(f, "桥栏杆断了", "2026-12-07 09:00")
	f.run("morning_digest", "2026-12-08 08:30")
	holdsEach(t, "the first 10:00 list", strings.Join(f.run("unclaimed", "2026-12-08 10:00"), "\n"), "桥栏杆断了", "已等1天")
	holdsEach(t, "the next 早报", strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n"),
		"#R1 青山村三组 桥栏杆断了（12月7日上报，已等2天）", "接手回复「确认 #编号」")
	if list := f.run("unclaimed", "2026-12-09 10:00"); len(list) != 0 {
		t.Errorf("10:00 repeats the 早报: %q", list)
	}
	holdsEach(t, "a morning without 早报", strings.Join(f.run("unclaimed", "2026-12-10 10:00"), "\n"),
		"【镇里待接手】仍有 1 件没人接手：【青山村三组】#R1（已等3天）。")
}

// TestSameDigestAsksToTakeUntaken (town100): the one-line 早报 of a
// quiet morning names the late items; those nobody in the township took
// it now asks to take by number, since the 10:00 list no longer repeats
// them after it.
func TestSameDigestAsksToTakeUntaken(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, false) // #R1 孙七's, #R2 nobody's
	f.run("morning_digest", "2026-12-10 08:30")
	same := strings.Join(f.run("morning_digest", "2026-12-11 08:30"), "\n")
	holdsEach(t, "the one-line 早报", same, "近一天没有新情况；超期 2 件：", "；镇里还没人接手的，接手回复「确认 #R2」。")
}

// BenchmarkUnclaimedAfterDigest (town100): the 10:00 list on a morning
// whose 早报 listed its item: the villages' items read, the 早报's record
// read (one round trip more than BenchmarkUnclaimedAgain's repeat), and
// nothing posted (roundtrips/run).
func BenchmarkUnclaimedAfterDigest(b *testing.B) {
	var trips int64
	for i := 0; i < b.N; i++ {
		f := newPointsFixture(b) // one item a run: more than the 早报 lists keeps the brief line
		sentUpAt(f, "桥栏杆断了", "2026-03-02 09:00")
		f.run("unclaimed", "2026-03-03 10:00")
		f.run("morning_digest", "2026-03-04 08:30")
		at := f.at("2026-03-04 10:00")
		trips += f.runTrips(b, "unclaimed", at)
		if out := f.drain(at); len(out) != 0 {
			b.Fatalf("run %d: %q, want nothing", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
