package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// upLateInTwoVillages adds, at up, an item sent up and taken over by 孙七
// in each of 青山村 and 石桥村 (both #R<n>), due three days later.
func upLateInTwoVillages(f *pointsFixture, up time.Time) {
	f.t.Helper()
	escalate := village.Entry{At: up, By: "李四", Action: village.ActEscalate, To: village.StatusEscalated, Note: "要镇里协调"}
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "陈二", CreatedAt: up,
		DueAt: up.Add(3 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四", "孙七"},
		History: []village.Entry{escalate}})
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "水渠堵了 水漫到路上",
		Reporter: "陈二", CreatedAt: up, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群",
		DueAt: up.Add(3 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"孙七"},
		History: []village.Entry{escalate}, Source: "sq-" + up.Format(time.RFC3339)})
}

// TestOverdueAtTheTownshipOnceForTwoVillages (town85): the items one
// officer took over in two villages whose deadlines pass by the same run
// are one office message naming him once, each item with its village, the
// example command naming both villages; both are marked reminded.
func TestOverdueAtTheTownshipOnceForTwoVillages(t *testing.T) {
	f := fixtureOfVillages(t, true)
	upLateInTwoVillages(f, f.at("2026-03-02 12:00"))
	got := f.run("overdue", "2026-03-06 09:00")
	if len(got) != 1 {
		t.Fatalf("office messages:\n%s\nwant one for both villages", strings.Join(got, "\n---\n"))
	}
	holdsEach(t, "the township's overdue", got[0],
		"青山镇网格工作群: @孙七\u2005这 2 件上报镇后已过期限，还没有办结：\n",
		"【青山村三组】#R1（一般事项）桥栏杆断了",
		"【石桥村一组】#R1（一般事项）水渠堵了",
		"如「进展 青山村 #R1 石桥村 #R1 已联系」")
	if strings.Count(got[0], "孙七") != 1 {
		t.Errorf("孙七 named more than once:\n%s", got[0])
	}
	if again := f.run("overdue", "2026-03-06 10:00"); len(again) != 0 {
		t.Errorf("an hour later: %q, want nothing", again)
	}
}

// BenchmarkUpLateTwoVillages (town85): the overdue run that tells one
// officer of two villages' items: reads of both villages' open items and
// one commit (the township's message with both villages' items chained).
func BenchmarkUpLateTwoVillages(b *testing.B) {
	f := fixtureOfVillages(b, true)
	var trips int64
	for i := 0; i < b.N; i++ {
		up := f.at("2026-03-02 12:00").AddDate(0, 0, 7*i)
		upLateInTwoVillages(f, up)
		at := up.AddDate(0, 0, 4)
		trips += f.runTrips(b, "overdue", at)
		if out := f.drain(at); len(out) != 1 {
			b.Fatalf("run %d: %q, want one office message", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}

// TestRefiledAfterReturnSaysSo (town85): an item the township sent back
// (退回) that the grid then never took on is filed again by the overdue
// job: the 【超期上报】 says the township returned it before and why (before,
// it read as a new filing, 「网格还没有记录任何进展」 alone).
func TestRefiledAfterReturnSaysSo(t *testing.T) {
	f := newPointsFixture(t)
	up, back := f.at("2026-03-02 10:00"), f.at("2026-03-04 14:00")
	f.addReport(village.Report{Type: village.General, Text: "村口垃圾池好几天没人拉了", Reporter: "陈二",
		CreatedAt: f.at("2026-03-01 09:00"), DueAt: back.Add(24 * time.Hour), Handlers: []string{"李四"},
		History: []village.Entry{
			{At: up, By: village.SystemActor, Action: village.ActEscalate, To: village.StatusEscalated, Note: "超期没人受理，村级备案并上报到镇"},
			{At: back, By: "孙七", Action: village.ActReturn, To: village.StatusNew, Note: "垃圾池归村保洁员管 请网格安排清运"},
			{At: back.Add(time.Minute), By: "孙七", Action: village.ActAsk, Urge: true, Note: "今天务必清掉"}}})
	f.run("overdue", "2026-03-05 15:00") // the reminder
	office := lastStarting(f.run("overdue", "2026-03-06 15:00"), "青山镇网格工作群: 【超期上报】")
	holdsEach(t, "the filing", office, "镇里3月4日退回过（孙七：垃圾池归村保洁员管 请网格安排清运），网格之后一直没人受理。")
}

// BenchmarkRefiledAfterReturn (town85): the overdue run that files again
// an item the township returned: the returned note is read from the item
// in hand, no read added.
func BenchmarkRefiledAfterReturn(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		back := f.at("2026-03-04 14:00").AddDate(0, 0, 7*i)
		f.addReport(village.Report{Type: village.General, Text: "村口垃圾池好几天没人拉了", Reporter: "陈二",
			CreatedAt: back.AddDate(0, 0, -3), DueAt: back.Add(24 * time.Hour), Handlers: []string{"李四"},
			History: []village.Entry{{At: back, By: "孙七", Action: village.ActReturn, To: village.StatusNew, Note: "垃圾池归村保洁员管"}}})
		remind, file := back.Add(25*time.Hour), back.Add(49*time.Hour)
		f.runTrips(b, "overdue", remind)
		f.drain(remind)
		trips += f.runTrips(b, "overdue", file)
		if out := strings.Join(f.drain(file), "\n"); !strings.Contains(out, "退回过") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
