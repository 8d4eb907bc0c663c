package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLateClaimStatus: 张三's 查 #C1 in January of his December claim
// approved after the clearing (pts92): the status line says it counts in
// 2026 from the claim already read; the reply's commit only.
func BenchmarkLateClaimStatus(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 28, 10, 0, 0, 0, at.Location())
	pb.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	archive2026(b, pb)
	pb.now = time.Date(2027, 1, 3, 10, 0, 0, 0, at.Location())
	pb.say("赵六", "同意 #C1")
	benchSetup(b, pb.r, bot.Message{ID: "warm", At: pb.now.Add(time.Minute), From: "张三", Private: true, Text: "查 #C1"})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: pb.now.Add(time.Duration(i+2) * time.Minute), From: "张三", Private: true, Text: "查 #C1"}
		trips, n = trips+benchTrips(b, pb.r, pb.st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
