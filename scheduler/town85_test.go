package scheduler

import (
	"context"
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
		before := f.st.RoundTrips()
		if err := f.jobs["overdue"].Run(context.Background(), at, at); err != nil {
			b.Fatal(err)
		}
		trips += f.st.RoundTrips() - before
		if out := f.drain(at); len(out) != 1 {
			b.Fatalf("run %d: %q, want one office message", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
