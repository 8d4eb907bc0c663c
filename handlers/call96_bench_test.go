package handlers_test

import (
	"fmt"
	"testing"
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
