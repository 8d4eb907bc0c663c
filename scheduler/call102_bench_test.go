package scheduler

import (
	"context"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// BenchmarkCall102 (roundtrips/run): the 08:00 list of the example
// township with a payment notice open in 三组 that 石德贵's household said
// it paid, which his line now says (call102): in memory, from the notice's
// counters the run already read.
func BenchmarkCall102(b *testing.B) {
	benchCallList(b, func(f *pointsFixture) {
		f.storeNotice(village.Notice{Text: "医保缴费截止：每人400元，12月20日截止", By: "孙七", At: f.at("2026-12-07 09:01"), Groups: []string{"青山村三组网格群"}}.WithRelay())
		if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "paid",
			Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "青山村/QS-309", By: 1},
				{Hash: storage.AckHash("N1"), Field: storage.PaidField("青山村/QS-309", "熊秀英"), By: 1}}}); err != nil {
			b.Fatal(err)
		}
	})
}
