package scheduler

import (
	"testing"

	"gridbot/village"
)

// BenchmarkCall100 (roundtrips/run): the 08:00 list of the example
// township with two ordinary notices open in 三组, which it now puts on
// the elders' calls (call100): in memory, from the notices and 收到
// counters the run already read.
func BenchmarkCall100(b *testing.B) {
	var trips int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newPointsFixture(b)
		f.storeNotice(village.Notice{Text: "冬季防火：不要在屋里烧炭取暖", By: "孙七", At: f.at("2026-12-07 09:00"), Groups: []string{"青山村三组网格群"}}.WithRelay())
		f.storeNotice(village.Notice{Text: "医保缴费截止：每人400元，12月20日截止", By: "孙七", At: f.at("2026-12-07 09:01"), Groups: []string{"青山村三组网格群"}}.WithRelay())
		t := f.at("2026-12-08 08:00")
		b.StartTimer()
		trips += f.runTrips(b, "calls", t)
		if out := f.drain(t); len(out) == 0 {
			b.Fatal("no list")
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
