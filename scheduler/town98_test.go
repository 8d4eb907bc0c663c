package scheduler

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// sentUpAt adds to f an item of 青山村三组 李四 sent up (上报镇) at up,
// nobody in the township taking it.
func sentUpAt(f *pointsFixture, text, up string) {
	f.t.Helper()
	at := f.at(up)
	f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: at.Add(-2 * time.Hour),
		DueAt: at.Add(72 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusEscalated,
		History: []village.Entry{{At: at, By: "李四", Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated}}})
}

// TestMorningDigestCountsOnlyPastAccept (town98): the 08:30 早报 said
// 「2 件已过受理时限还没人接手」 of an item whose 24 h to accept ran out at
// 09:20, after the post (ListLater counted what the 10:00 list would
// carry). Now it counts only the one past its time when posted; the other
// is listed with its time, and the 10:00 【镇里待接手】 names both. Since
// town99 the 10:00 list tells in full only an item new to it (#R3); the
// 早报 lists one it told the day before (#R1) itself, and the list names
// that one again in brief.
func TestMorningDigestCountsOnlyPastAccept(t *testing.T) {
	f := newPointsFixture(t)
	sentUpAt(f, "桥栏杆断了", "2026-12-07 09:00")
	sentUpAt(f, "垃圾池满了", "2026-12-08 09:20")
	sentUpAt(f, "水渠堵了", "2026-12-08 08:00")
	digest := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	for _, want := range []string{
		"#R1 青山村三组 桥栏杆断了（12月7日上报，已等2天）",
		"#R2 青山村三组 垃圾池满了（12月8日上报，已等1天，受理时限到09:20）",
		"另有1 件已过受理时限还没人接手，10:00另发【镇里待接手】清单。",
	} {
		if !strings.Contains(digest, want) {
			t.Errorf("早报:\n%s\nwant it to contain %q", digest, want)
		}
	}
	if strings.Contains(digest, "水渠堵了") {
		t.Errorf("早报 lists the item 10:00 lists in full:\n%s", digest)
	}
	list := strings.Join(f.run("unclaimed", "2026-12-09 10:00"), "\n")
	for _, want := range []string{"垃圾池满了", "水渠堵了", "另有 1 件前几天提醒过，仍没人接手（今天早报已列出）。"} {
		if !strings.Contains(list, want) {
			t.Errorf("10:00 list:\n%s\nwant %q", list, want)
		}
	}
	if strings.Contains(list, "桥栏杆断了") {
		t.Errorf("10:00 list tells #R1 in full again:\n%s", list)
	}
}

// TestMonthlyReportNamesTheLateItems (town98): 【上月事项】 gave the office
// counts only (「月底超期 7」); an officer wanting to press a grid had to
// ask for the export. Each grid's count now names its items, with the
// village where the township has several, the first five and how many
// more; the report ends on how to look one up.
func TestMonthlyReportNamesTheLateItems(t *testing.T) {
	f := fixtureOfVillages(t, true)
	for i := range 7 {
		at := f.at("2026-12-20 09:00").Add(time.Duration(i) * time.Minute)
		f.addReport(village.Report{Type: village.General, Text: fmt.Sprint("路灯坏了", i), Reporter: "张三", Handlers: []string{"李四"},
			CreatedAt: at, DueAt: at.Add(24 * time.Hour)})
	}
	at := f.at("2026-12-21 09:00")
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群",
		Type: village.General, Text: "桥栏杆断了", Reporter: "张三", CreatedAt: at, DueAt: at.Add(24 * time.Hour)})
	out := strings.Join(f.run("monthly_report", "2027-01-01 09:05"), "\n")
	for _, want := range []string{
		"月底超期 7（青山村 #R1 #R2 #R3 #R4 #R5 等 2 件）",
		"月底超期 1（石桥村 #R1）",
		"发「查 青山村 #R1」看一件现在怎么样",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("【上月事项】:\n%s\nwant it to contain %q", out, want)
		}
	}
}

// TestFilingIsShort (town98): 【超期上报】 of one item was seven lines
// (内容, 报告人 and 负责人, the deadline, 已做, the leader's phone, the
// commands), the leader named twice. It is four: what and where, how
// late, whom to call with the phone, what to reply; a handler who is no
// leader is named before the leader.
func TestFilingIsShort(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"王五"}})
	f.run("overdue", "2026-03-03 10:00")
	filed := lastStarting(f.run("overdue", "2026-03-04 10:00"), "青山镇网格工作群: 【超期上报】")
	want := "青山镇网格工作群: 【超期上报】青山村三组 #R1（一般事项）：村口路灯不亮了\n" +
		"张三3月2日反映，期限昨天09:00，超期1天没办结，提醒过了，已村级备案上报到镇。\n" +
		"负责：王五（13900000005）；网格长：李四（13900000004）；网格还没记录进展。\n" +
		"请哪位同事接手回复「确认 #R1」；转交回复「指派 #R1 部门或名字」，不归镇里的回复「退回 #R1 原因」。"
	if filed != want {
		t.Errorf("【超期上报】:\n%s\nwant\n%s", filed, want)
	}
}

// TestMorningDigestSaysNoTimeOfOneDueLater (town98): an item sent up
// whose time to accept runs out after the 10:00 list (15:00 yesterday +
// 24 h) is listed as before, with no time: the walk's 早报 read
// 「受理时限到08:05」 (the zero time) on it.
func TestMorningDigestSaysNoTimeOfOneDueLater(t *testing.T) {
	f := newPointsFixture(t)
	sentUpAt(f, "垃圾池满了", "2026-12-07 15:00")
	digest := strings.Join(f.run("morning_digest", "2026-12-08 08:30"), "\n")
	if !strings.Contains(digest, "垃圾池满了（12月7日上报，已等1天）") {
		t.Errorf("早报:\n%s\nwant 「垃圾池满了（12月7日上报，已等1天）」", digest)
	}
}

// BenchmarkMorningDigestDueBeforeList (town98): the 早报 with an item past
// its time to accept (counted) and one due before the 10:00 list (listed
// with its time): the times are the config's, no round trip added (rt/op).
func BenchmarkMorningDigestDueBeforeList(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		day := f.at("2026-12-09 08:30").AddDate(0, 0, 2*i)
		sentUpAt(f, "桥栏杆断了", day.Add(-47*time.Hour).Format("2006-01-02 15:04"))
		sentUpAt(f, "垃圾池满了", day.Add(-23*time.Hour-10*time.Minute).Format("2006-01-02 15:04"))
		trips += f.runTrips(b, "morning_digest", day)
		if out := strings.Join(f.drain(day), "\n"); !strings.Contains(out, "受理时限到09:20") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}

// BenchmarkFilingShort (town98): the overdue run filing one item with the
// township in its four-line 【超期上报】: whom to call is read from the
// roster in memory (rt/op: the run's reads and its commit).
func BenchmarkFilingShort(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		created := f.at("2026-03-02 09:00").AddDate(0, 0, 3*i)
		f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
			DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"王五"}})
		remind := created.Add(25 * time.Hour)
		if err := f.jobs["overdue"].Run(context.Background(), remind, remind); err != nil {
			b.Fatal(err)
		}
		f.drain(remind)
		at := remind.Add(24 * time.Hour)
		trips += f.runTrips(b, "overdue", at)
		if out := strings.Join(f.drain(at), "\n"); !strings.Contains(out, "负责：王五（13900000005）；网格长：李四") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}
