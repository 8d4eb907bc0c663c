package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkPhotoResent: 陈二's photo for his 庭院整洁 claim, resent after
// a downtime that cut the claim's 24 hours (pts102): the evidence as
// known, the downtime read, the claim read, then the one commit. Each
// iteration a new claim and a new downtime. Reported: round trips per
// message.
func BenchmarkPhotoResent(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 7, 10, 0, 0, 0, pb.now.Location())
	benchCountedMsg(b, pb, func(i int) {
		day := start.Add(time.Duration(i) * 72 * time.Hour)
		pb.now = day
		pb.say("陈二", fmt.Sprintf("申请积分 第%d回把房前屋后收拾干净了", i+1))
		pb.noteDown(day.Add(time.Hour), day.Add(48*time.Hour))
		pb.now = day.Add(48 * time.Hour)
		pb.drain()
	}, func(i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("photo%d", i), Chat: g3, From: "陈二", Images: []string{"yard.jpg"}}
	})
}

// BenchmarkStockAsked: 张三's 「大米还有吗」 in December: the stock left,
// the price, the balance privately and the clearing (pts102), from the
// household's and the stock's one read, as BenchmarkItemStillSold.
// Reported: round trips per message.
func BenchmarkStockAsked(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	pb.fund("QS-301", 200)
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "大米还有吗" })
}

// BenchmarkCoWorkerClaim: 陈二's claim naming 张三 as having dug the road
// out with him (pts102): the reply offers 张三 as its witness from the
// roster, no read added to the claim's one commit. Each iteration on its
// own day. Reported: round trips per message.
func BenchmarkCoWorkerClaim(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) { pb.now = start.Add(time.Duration(i) * 24 * time.Hour) },
		func(i int) (string, string) {
			return "陈二", fmt.Sprintf("申请积分 第%d回下雪 我和张三把村口的路铲出来了", i+1)
		})
}

// BenchmarkShopkeeperStock: 周八's 「库存」 (pts102): the stock as this
// process follows it, then the reply's one commit. Reported: round trips
// per message.
func BenchmarkShopkeeperStock(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "周八", "库存" })
}
