package handlers_test

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkVolunteerWitness: 王五's 「我给张三作证」 on 张三's photo claim
// naming no witness (pts104): his word written on it, 张三 asked for the
// photo, in one commit. Each iteration on its own day, its own claim.
// Reported: round trips per message.
func BenchmarkVolunteerWitness(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) {
		pb.now = start.Add(time.Duration(i) * 24 * time.Hour)
		pb.say("张三", fmt.Sprintf("申请积分 庭院整洁 第%d回把院子打扫干净了", i+1))
	}, func(int) (string, string) { return "王五", "我给张三作证 他家院子确实收拾得很干净" })
}

// BenchmarkShopClosedTold: 周八's 「这周六超市不开门」 (pts104): kept, told
// to the other grid groups and him, in one commit. Reported: round trips
// per message.
func BenchmarkShopClosedTold(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) { pb.now = start.Add(time.Duration(i) * 7 * 24 * time.Hour) },
		func(int) (string, string) { return "周八", "这周六超市不开门 我去县里进货" })
}

// BenchmarkShopVisitClosed: 「@网格小助手 超市几点开门」 while a stop is kept
// (pts104): the stop read, then the reply's commit. Reported: round trips
// per message.
func BenchmarkShopVisitClosed(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	pb.say("周八", "这周六超市不开门 我去县里进货")
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "@网格小助手 超市几点开门" })
}
