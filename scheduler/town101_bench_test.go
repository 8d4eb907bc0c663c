package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// BenchmarkSameDigestByGrid (town101): the one-line 早报 naming each grid
// once with its numbers: the grouping is of the items in hand, no round
// trip added (rt/op).
func BenchmarkSameDigestByGrid(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		made := f.at("2026-03-02 08:30").AddDate(0, 0, 4*i)
		for j, g := range []string{"三组", "一组"} {
			at := made.Add(time.Duration(j) * time.Minute)
			f.addReport(village.Report{Type: village.General, Text: "水渠堵了" + g, Reporter: "张三", Handlers: []string{"李四"},
				CreatedAt: at, DueAt: at.Add(24 * time.Hour), Village: "青山村", Grid: g, Chat: "青山村" + g + "网格群", Status: village.StatusNew})
		}
		first := made.AddDate(0, 0, 3)
		f.run("morning_digest", first.Format("2006-01-02 15:04"))
		day := first.AddDate(0, 0, 1)
		trips += f.runTrips(b, "morning_digest", day)
		if out := strings.Join(f.drain(day), "\n"); !strings.Contains(out, "青山村三组 #R") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}
