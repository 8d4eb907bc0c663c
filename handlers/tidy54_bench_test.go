package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkFineAfterResolved: the reporter's 「没事了」 after his item's
// 办结 (his 满意), in a process whose start copied the questions waiting
// (started, as every start does) or not (a store no start loaded).
func BenchmarkFineAfterResolved(b *testing.B) {
	const grid = "青山村三组网格群"
	benchStarted(b, func(b *testing.B, st *storage.Store, handle func(bot.Message)) {
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			ref := fmt.Sprintf("#R%d", i+1)
			id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
			handle(benchMsg(id("a"), grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1), ""))
			handle(benchMsg(id("b"), grid, "李四", "确认 "+ref, ""))
			handle(benchMsg(id("c"), grid, "李四", "办结 "+ref+" 换了灯泡", ""))
			before := st.RoundTrips()
			handle(benchMsg(id("d"), grid, "张三", "没事了", ""))
			trips, n = trips+st.RoundTrips()-before, n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
}

// benchStarted runs run as sub-benchmarks started=false and started=true:
// on the example village's router, its store's start (LoadScripts, which
// copies what is kept: questions, evidence) skipped or made; handle
// handles one message, failing the benchmark on an error.
func benchStarted(b *testing.B, run func(b *testing.B, st *storage.Store, handle func(bot.Message))) {
	for _, started := range []bool{false, true} {
		b.Run(fmt.Sprintf("started=%v", started), func(b *testing.B) {
			r, st := benchRouter(b, true)
			ctx := context.Background()
			if started {
				if err := st.LoadScripts(ctx); err != nil {
					b.Fatal(err)
				}
			}
			run(b, st, func(m bot.Message) {
				if err := r.Handle(ctx, m); err != nil {
					b.Fatalf("%s %s: %v", m.ID, m.Text, err)
				}
			})
		})
	}
}
