package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestYearlyReportSplitsTheTownshipsLate (town101): 【年度事项】's 「其中超期
// 3 件」 counted the items the township held at the year's end (taken by
// 孙七, or sent up and never taken) with the grid's own: the office read
// three late items of 三组 where 三组 had one. It says the grid's late
// items apart from those late with the township, as 【上月事项】 does.
func TestYearlyReportSplitsTheTownshipsLate(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, true) // #R1 孙七's, #R2 nobody's, #R3 the grid's
	out := strings.Join(f.run("yearly_report", "2027-01-01 09:10"), "\n")
	holdsEach(t, "【年度事项】", out,
		"年底还没办结 3 件（#R1 #R2 #R3），其中网格超期 1 件（#R3）；另有上报镇后超期的：镇里在办 1 件 #R1、等镇里接手 1 件 #R2。都是青山村三组的。\n")
	if strings.Contains(out, "其中超期 3") {
		t.Errorf("【年度事项】 counts the township's late items the grid's:\n%s", out)
	}
}

// TestYearlyReportRowsSplitTheTownshipsLate (town101): a grid's line says
// its own late items apart from the township's too; a grid whose late
// items are all with the township says so, and none of its own.
func TestYearlyReportRowsSplitTheTownshipsLate(t *testing.T) {
	f := newPointsFixture(t)
	lateWithTownship(f, false) // 三组: #R1 孙七's, #R2 nobody's
	made := f.at("2026-12-07 08:30")
	f.addReport(village.Report{Type: village.General, Text: "一组水渠堵了", Reporter: "张三", Handlers: []string{"刘建国"},
		CreatedAt: made, DueAt: made.Add(24 * time.Hour), Village: "青山村", Grid: "一组", Chat: "青山村一组网格群"})
	out := strings.Join(f.run("yearly_report", "2027-01-01 09:10"), "\n")
	holdsEach(t, "【年度事项】", out,
		"年底还没办结 3 件，其中网格超期 1 件；另有上报镇后超期的：镇里在办 1 件、等镇里接手 1 件。\n",
		"青山村一组：新反映 1，办结 0，上报镇 0，年底未办结 1（#R3），其中网格超期 1 件（#R3）\n",
		"青山村三组：新反映 2，办结 0，上报镇 2，年底未办结 2（#R1 #R2），其中超期的都已上报镇：镇里在办 1 件 #R1、等镇里接手 1 件 #R2\n")
}

// TestYearlyReportByMonth (town101): 【年度事项】 gave the year as one sum;
// an officer looking back at the year wants its months: each month from
// the first with an item, new and resolved (as each 【上月事项】 counted
// them), quiet months as 没有 (several in a row said once). A rate of 0% is said, not left out.
func TestYearlyReportByMonth(t *testing.T) {
	f := newPointsFixture(t)
	resolvedInTime(f, village.Mediation, "两家为排水沟吵架", "2026-09-01 09:00")
	resolvedInTime(f, village.General, "路灯坏了", "2026-09-20 09:00")
	made := f.at("2026-11-28 09:00")
	late := village.Report{Type: village.General, Text: "水渠堵了", Reporter: "陈二", Handlers: []string{"李四"}, Status: village.StatusNew,
		CreatedAt: made, DueAt: made.Add(24 * time.Hour),
		History: []village.Entry{{At: made, By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	if err := late.Apply(village.ActResolve, "李四", f.at("2026-12-03 10:00"), "通了"); err != nil {
		t.Fatal(err)
	}
	f.addReport(late)
	out := strings.Join(f.run("yearly_report", "2027-01-01 09:10"), "\n")
	holdsEach(t, "【年度事项】", out,
		"\n各月（新反映/办结）：9月 2/2，10月 没有，11月 1/0，12月 0/1\n",
		"按期办结率 67%")
	f2 := newPointsFixture(t)
	made = f2.at("2026-12-01 09:00")
	late.CreatedAt, late.DueAt, late.History = made, made.Add(24*time.Hour), []village.Entry{{At: made, By: "陈二", Action: village.ActCreate, To: village.StatusNew}}
	late.Status = village.StatusNew
	if err := late.Apply(village.ActResolve, "李四", f2.at("2026-12-05 10:00"), "通了"); err != nil {
		t.Fatal(err)
	}
	f2.addReport(late)
	holdsEach(t, "【年度事项】 of one late item", strings.Join(f2.run("yearly_report", "2027-01-01 09:10"), "\n"),
		"办结 1 件，按期办结率 0%", "各月（新反映/办结）：12月 1/1\n")
}

// TestSameDigestGroupsLateByGrid (town101): the one-line 早报 wrote the
// grid after each number, 「#R1（青山村三组）、#R2（青山村一组）、#R3（青山村三组）」;
// it names each grid once with its numbers, the village once.
func TestSameDigestGroupsLateByGrid(t *testing.T) {
	f := newPointsFixture(t)
	made := f.at("2026-12-07 08:30")
	for i, g := range []string{"三组", "一组", "三组", "二组"} {
		at := made.Add(time.Duration(i) * time.Minute)
		f.addReport(village.Report{Type: village.General, Text: "水渠堵了" + g, Reporter: "张三", Handlers: []string{"李四"},
			CreatedAt: at, DueAt: at.Add(24 * time.Hour), Village: "青山村", Grid: g, Chat: "青山村" + g + "网格群"})
	}
	f.run("morning_digest", "2026-12-10 08:30")
	same := strings.Join(f.run("morning_digest", "2026-12-11 08:30"), "\n")
	holdsEach(t, "the one-line 早报", same, "近一天没有新情况；超期 4 件：青山村三组 #R1 #R3，一组 #R2，二组 #R4。")
}

// TestSameDigestGroupsLateOfVillages (town101): with several villages a
// grid is named with its village, which is said again only when the
// village changes.
func TestSameDigestGroupsLateOfVillages(t *testing.T) {
	f := fixtureOfVillages(t, true)
	made := f.at("2026-12-07 08:30")
	f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "张三", Handlers: []string{"李四"},
		CreatedAt: made, DueAt: made.Add(24 * time.Hour)})
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "石网长",
		CreatedAt: made.Add(time.Minute), Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", DueAt: made.Add(24*time.Hour + time.Minute),
		Handlers: []string{"石网长"}, Source: "sq-1"})
	f.run("morning_digest", "2026-12-10 08:30")
	same := strings.Join(f.run("morning_digest", "2026-12-11 08:30"), "\n")
	holdsEach(t, "the one-line 早报", same, "超期 2 件：青山村三组 #R1，石桥村一组 #R1。")
}
