package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkHonoursAsked: 张三's 「积分排名年底有奖励吗」 (pts108): the
// year-end ranking's rule and the shop, from the config and roster.
// Reported: round trips per message.
func BenchmarkHonoursAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "积分排名年底有奖励吗"
	})
}

// BenchmarkShortBySaid: 张三's 「我家还差几分能换一袋米」 (pts108), his
// household 60 points short: the balance read and the reply's commit.
// Reported: round trips per message.
func BenchmarkShortBySaid(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2027, 1, 8, 9, 30, 0, 0, pb.now.Location())
	pb.fund("QS-301", 30)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "我家还差几分能换一袋米"
	})
}

// BenchmarkNextYearFestivalClaim: 「申请积分 明年元旦帮王奶奶扫雪」
// (pts108): nothing filed, answered in the reply's commit. Reported: round
// trips per message.
func BenchmarkNextYearFestivalClaim(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "申请积分 明年元旦帮王奶奶扫雪"
	})
}
