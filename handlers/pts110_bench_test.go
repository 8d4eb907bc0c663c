package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkOwnRankAsked: 陈二's 「俺家排第几」 unaddressed in his grid's
// group (pts110): his household's place in one line, from the village's
// ranking read, as 积分排行. Reported: round trips per message.
func BenchmarkOwnRankAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 50)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "俺家排第几" })
}

// BenchmarkRankAsked: the same question said to the bot, the whole
// ranking (unchanged path), for comparison.
func BenchmarkRankAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 50)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "@网格小助手 俺家排第几" })
}
