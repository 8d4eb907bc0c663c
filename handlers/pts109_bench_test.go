package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkStaleDeedClaim: 「申请积分 元旦那天帮王奶奶扫雪」 in December
// (pts109): nothing filed, answered in the reply's commit. Reported: round
// trips per message.
func BenchmarkStaleDeedClaim(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "申请积分 元旦那天帮王奶奶扫雪"
	})
}

// BenchmarkTodayDeedOffered: 「今天跟着村里去给孤寡老人送米面油 能算积分不」
// (pts109): offered as a claim, the question kept. Reported: round trips
// per message.
func BenchmarkTodayDeedOffered(b *testing.B) {
	pb := catalogueBot(b)
	pb.now = time.Date(2026, 12, 8, 17, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "陈二", "今天跟着村里去给孤寡老人送米面油 能算积分不"
	})
}

// BenchmarkPublicityAsked: 「公示还有几天」 (pts109): the household's claims
// not final read, and the reply. Reported: round trips per message.
func BenchmarkPublicityAsked(b *testing.B) {
	pb := catalogueBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "陈二", "公示还有几天"
	})
}
