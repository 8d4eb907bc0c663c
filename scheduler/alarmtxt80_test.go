package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestEveningDigestWithAlarmAsksToGoNow: a grid's evening digest that
// carries an emergency nobody confirmed ends on what the alarm asks (go
// now, 确认 #R1), never on the footer to read 待办 (walk79 saw it under a
// fire); a digest of ordinary items keeps the footer.
func TestEveningDigestWithAlarmAsksToGoNow(t *testing.T) {
	const footer = "网格长、网格员可发「待办」看详情"
	for _, tc := range []struct {
		name   string
		report village.Report
		want   string
		footer bool
	}{
		{"unconfirmed fire", village.Report{Type: village.Emergency, Text: "我家着火了 快来人", Reporter: "张三"},
			"突发事件 #R1 还没人确认：请立即到场，到场后回复「确认 #R1」。", false},
		{"confirmed fire", village.Report{Type: village.Emergency, Text: "我家着火了 快来人", Reporter: "张三",
			Status: village.StatusAccepted, Handlers: []string{"李四"}}, footer, true},
		{"broken lamp", village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三"}, footer, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			created := f.at("2026-03-02 18:40")
			r := tc.report
			r.CreatedAt, r.DueAt = created, created.Add(15*time.Minute)
			f.addReport(r)
			out := strings.Join(f.run("evening_digest", "2026-03-02 20:00"), "\n")
			if !strings.Contains(out, "【今日小结】") || !strings.Contains(out, tc.want) {
				t.Errorf("digest:\n%s\nwant %q", out, tc.want)
			}
			if got := strings.Contains(out, footer); got != tc.footer {
				t.Errorf("digest:\n%s\ncarries the 待办 footer: %v, want %v", out, got, tc.footer)
			}
		})
	}
}

// BenchmarkEveningDigestWithAlarm reports the Redis round trips of the
// evening digest job of a grid with an unconfirmed emergency (the text
// changed, not the reads: the same as any evening digest).
func BenchmarkEveningDigestWithAlarm(b *testing.B) {
	f := newPointsFixture(b)
	created := f.at("2026-03-02 18:40")
	f.addReport(village.Report{Type: village.Emergency, Text: "我家着火了 快来人", Reporter: "张三",
		CreatedAt: created, DueAt: created.Add(15 * time.Minute)})
	var trips int64
	for i := 0; i < b.N; i++ {
		before := f.st.RoundTrips()
		at := created.AddDate(0, 0, i).Format("2006-01-02") + " 20:00" // each day's run: one a day
		if out := f.runOnce("evening_digest", at); len(out) == 0 {
			b.Fatal("no digest")
		}
		trips += f.st.RoundTrips() - before
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/op")
}
