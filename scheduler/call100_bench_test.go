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
	benchCallList(b, func(f *pointsFixture) {
		f.storeNotice(village.Notice{Text: "冬季防火：不要在屋里烧炭取暖", By: "孙七", At: f.at("2026-12-07 09:00"), Groups: []string{"青山村三组网格群"}}.WithRelay())
		f.storeNotice(village.Notice{Text: "医保缴费截止：每人400元，12月20日截止", By: "孙七", At: f.at("2026-12-07 09:01"), Groups: []string{"青山村三组网格群"}}.WithRelay())
	})
}
