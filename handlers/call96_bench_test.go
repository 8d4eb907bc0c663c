package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// BenchmarkCall96: a worker's call logged in the grid group whose note
// files the elder's matter: one commit carries the call, the item and the
// one group message that now says both (call96), as the two did.
func BenchmarkCall96(b *testing.B) {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		r, st := benchRouter(b, true)
		trips += benchTrips(b, r, st, benchMsg(fmt.Sprintf("g%d", i), "青山村三组网格群", "王五", "回访 王奶奶 已通 水管冻裂了", ""))
		n++
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkCall96Visit: the second day's miss of 王奶奶's call that passes
// notice N1 on: the grid leader asked to visit, the notice quoted in his
// 【请上门看看】 (call96), read for it (the process warm: another call
// passed the notice on before, not measured).
func BenchmarkCall96Visit(b *testing.B) {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		r, st := benchRouter(b, true)
		if err := r.Handle(context.Background(), benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证", "")); err != nil {
			b.Fatal(err)
		}
		d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶",
			Phone: "13900000001", Worker: "王五", WorkerKey: "青山村/QS-304/王五", Notices: []string{"N1"},
			Due: at.Add(-24 * time.Hour), Status: village.CallOpen, RemindedAt: at, Misses: 1, Outcome: village.OutcomeMissed,
			LoggedAt: at.Add(-20 * time.Hour), LoggedBy: "王五"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Commit(context.Background(), storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "task", Docs: []storage.Doc{d}}); err != nil {
			b.Fatal(err)
		}
		// a call that passed the notice on read the notices already (the
		// process warm, as any that logs calls): not measured
		warm := benchMsg("w", "", "王五", "回访 石德贵 已通 已转告", "")
		warm.Private = true
		if err := r.Handle(context.Background(), warm); err != nil {
			b.Fatal(err)
		}
		trips += privateTrips(b, r, st, fmt.Sprintf("v%d", i), "王五", "回访 王奶奶 未接通")
		n++
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
