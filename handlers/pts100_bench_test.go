package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkStillSpend: 张三's 「还能兑换吗」 in December, answered with the
// clearing and the shopkeeper (pts100): no read, the reply's commit.
// Reported: round trips per message.
func BenchmarkStillSpend(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "还能兑换吗" })
}
