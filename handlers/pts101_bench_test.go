package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkSpendWhat: 张三's 「还能兑换什么」 in December: the shop's list
// to the group, the balance and the clearing privately (pts101), from the
// household's one read. Reported: round trips per message.
func BenchmarkSpendWhat(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 25)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "还能兑换什么" })
}

// BenchmarkItemStillSold: 张三's 「大米还能兑换吗」 in December: 能 or sold
// out, the price, the balance privately and the clearing (pts101), from
// the household's and the stock's one read. Reported: round trips per
// message.
func BenchmarkItemStillSold(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 200)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "大米还能兑换吗" })
}
