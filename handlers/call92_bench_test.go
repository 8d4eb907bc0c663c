package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// BenchmarkCall92MyCalls: a worker's 「回访」 alone while his elder's call
// carries a cold-wave warning: the list names the warning (寒潮预警 #N1),
// its notices read from this process's copy of the grid's group (call92).
func BenchmarkCall92MyCalls(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	if err := r.Handle(ctx, benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 寒潮预警：明天起降温10度，请老人注意保暖", "")); err != nil {
		b.Fatal(err)
	}
	openWangCall(b, st, "task")
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		trips, n = trips+privateTrips(b, r, st, fmt.Sprintf("%d-a", i), "王五", "回访"), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// openWangCall stores an open call to 王奶奶 (三组) passing on notice N1,
// as the scheduler's call list leaves it, under the change id msgID.
func openWangCall(b *testing.B, st *storage.Store, msgID string) {
	b.Helper()
	d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶",
		Phone: "13900000001", Worker: "王五", WorkerKey: "青山村/QS-304/王五", Notices: []string{"N1"},
		Due: at, Status: village.CallOpen, RemindedAt: at})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.Commit(context.Background(), storage.Change{Scope: storage.VillageScope("青山村"), MsgID: msgID, Docs: []storage.Doc{d}}); err != nil {
		b.Fatal(err)
	}
}
