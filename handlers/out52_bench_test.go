package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/storage"
)

// BenchmarkCallLogFreeForm: 王五's call logs in his own words
// ("王奶奶打过了 …", "给王奶奶打了电话 …"), privately and in his grid's
// group, beside the 回访 command said in the group: a free-form log costs
// what the command costs.
func BenchmarkCallLogFreeForm(b *testing.B) {
	for _, tc := range []struct{ name, chat, format string }{
		{"private", "", "王奶奶打过了 第%d次 身体挺好"},
		{"private given", "", "给王奶奶打了电话 第%d次 挺好的"},
		{"group", grid3, "王奶奶打过了 第%d次 身体挺好"},
		{"group command", grid3, "回访 王奶奶 已通 第%d次 身体挺好"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				m := benchMsg(fmt.Sprintf("%d-a", i), tc.chat, "王五", fmt.Sprintf(tc.format, i+1), "")
				m.Private = tc.chat == ""
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
			calls, err := st.Calls(context.Background(), storage.VillageScope("青山村"), storage.CallsAll)
			if err != nil || len(calls) != n {
				b.Fatalf("%d calls logged (%v), want %d", len(calls), err, n)
			}
		})
	}
}
