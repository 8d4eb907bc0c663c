package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkLastYearRankAsked: 陈二's 「俺家去年排第几」 unaddressed (pts111):
// last year's archived ranking read (none kept here: said plainly).
// Reported: round trips per message.
func BenchmarkLastYearRankAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 50)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "俺家去年排第几" })
}

// BenchmarkStaleDayAsked: 「腊月二十三那天帮王奶奶扫房子 能加分不」 in
// December (pts111): the item, and that last 腊月's claiming time is over.
func BenchmarkStaleDayAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "腊月二十三那天帮王奶奶扫房子 能加分不" })
}

// BenchmarkPointsGoneAsked: 「俺家积分咋没了」 (pts111): answered as 我的积分.
func BenchmarkPointsGoneAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-302", 50)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "俺家积分咋没了" })
}
