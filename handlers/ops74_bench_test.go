package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage/storagetest"
)

// BenchmarkNightReportQuoted: 陈二's report at 23:20 (a new one each
// round, of a house number of its own) is held for the leader's morning,
// its quoted 今天 and 明天 dated from the evening (village.QuotedOn), and
// every message it queues stamped with its write time (storage.WrittenAt):
// neither adds a round trip (ops74).
func BenchmarkNightReportQuoted(b *testing.B) {
	r, st := benchRouter(b, true)
	night := time.Date(2026, 3, 2, 23, 20, 0, 0, time.FixedZone("CST", 8*3600))
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("night-%d", i), At: night.Add(time.Duration(i) * time.Second), Chat: grid3, From: "陈二",
			Text: fmt.Sprintf("上报 今天下午%d号门口水管爆了，明天能来修吗", i+1)}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "RT/msg")
	held := storagetest.Sent(b, st, night.Add(8*time.Hour), village3)
	if len(held) == 0 || !strings.Contains(strings.Join(held, "\n"), "3月2日下午1号门口水管爆了，今天能来修吗") {
		b.Fatalf("the morning's held notes:\n%s", strings.Join(held, "\n"))
	}
}
