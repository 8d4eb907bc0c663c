package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkReopenAtNight83: a reporter's 未解决 at night to a 办结 said at
// night, which withdraws its held 满意 question, is one commit (held83).
func BenchmarkReopenAtNight83(b *testing.B) {
	r, st := benchRouter(b, true)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		night := time.Date(at.Year(), at.Month(), at.Day()+2*i, 22, 30, 0, 0, at.Location())
		ref := fmt.Sprintf("#R%d", i+1)
		benchSetup(b, r,
			bot.Message{ID: fmt.Sprintf("%d-file", i), At: night, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 村口第%d根路灯坏了", i+1)},
			bot.Message{ID: fmt.Sprintf("%d-accept", i), At: night.Add(150 * time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref},
			bot.Message{ID: fmt.Sprintf("%d-resolve", i), At: night.Add(151 * time.Minute), Chat: grid3, From: "李四", Text: "办结 " + ref + " 换了新灯泡"})
		m := bot.Message{ID: fmt.Sprintf("%d-reopen", i), At: night.Add(155 * time.Minute), Chat: grid3, From: "张三", Text: "未解决 " + ref + " 还是不亮"}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
