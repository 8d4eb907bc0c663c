package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkShopReopened: 周八's 「超市周六照常开门」 after his 「这周六超市不
// 开门」 (pts105): the stop read, then called off, told to the other grid
// groups and him, in one commit. Each iteration a week on, its own stop.
// Reported: round trips per message.
func BenchmarkShopReopened(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) {
		pb.now = start.Add(time.Duration(i) * 7 * 24 * time.Hour)
		pb.say("周八", "这周六超市不开门 我去县里进货")
	}, func(int) (string, string) { return "周八", "超市周六照常开门，不去县里了" })
}

// BenchmarkPastYearDeed: 张三's 「申请积分 去年腊月帮五保户扫雪」 in December
// (pts105): refused, nothing filed; the reply's commit. Reported: round
// trips per message.
func BenchmarkPastYearDeed(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "申请积分 去年腊月帮五保户扫雪 证明人 王五"
	})
}
