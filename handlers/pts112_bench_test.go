package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkPlannedDeedAsked: 「我家孩子放寒假回来了 能帮村里扫雪挣积分不」
// (pts112): the item, and to claim it once done; no claim offered.
func BenchmarkPlannedDeedAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "我家孩子放寒假回来了 能帮村里扫雪挣积分不"
	})
}

// BenchmarkCashAsked: 「年底了 积分能换钱不」 (pts112): no, the shop, the
// clearing.
func BenchmarkCashAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "年底了 积分能换钱不" })
}

// BenchmarkPastYearAsked: 「去年腊月二十三帮王奶奶扫房子 能加分不」 in
// December (pts112): the settled year, and this year's 腊月 past its time.
func BenchmarkPastYearAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "去年腊月二十三帮王奶奶扫房子 能加分不" })
}

// BenchmarkMissingGoodsAsked: 「积分能换对联吗」 (pts112): none sold, the
// shop's place, the balance privately.
func BenchmarkMissingGoodsAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-302", 50)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "积分能换对联吗" })
}
