package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkLaterDeedClaim: 张三's 「申请积分 明天帮王奶奶扫雪」 (pts107):
// nothing filed, he is answered in the reply's commit. Reported: round
// trips per message.
func BenchmarkLaterDeedClaim(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "张三", "申请积分 明天帮王奶奶扫雪"
	})
}

// BenchmarkHomeComerShopAsked: 陈二's 「@网格小助手 过年回来的人能去超市换
// 东西不」 (pts107): the shared purse and the clearing, from the config
// and roster. Reported: round trips per message.
func BenchmarkHomeComerShopAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) {
		return "陈二", "@网格小助手 过年回来的人能去超市换东西不"
	})
}

// BenchmarkElderSnowClaim: 「申请积分 帮王奶奶扫雪」 filed as care for an
// elder (pts107), a day apart so none repeats. Reported: round trips per
// message.
func BenchmarkElderSnowClaim(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 1, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) { pb.now = pb.now.Add(24 * time.Hour) }, func(i int) (string, string) {
		return []string{"张三", "陈二", "王五", "李四"}[i%4], "申请积分 帮王奶奶扫雪 证明人 赵六"
	})
}
