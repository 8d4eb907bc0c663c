package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkDatedLastYearDeed: 张三's 「申请积分 12月28号帮五保户扫雪」 in
// January (pts106): not filed, the scorers told privately and he answered,
// in the reply's commit. Reported: round trips per message.
func BenchmarkDatedLastYearDeed(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2027, 1, 5, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "申请积分 12月28号帮五保户扫雪 证明人 王五"
	})
}
