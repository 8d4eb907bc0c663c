package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkPhotoResentAfterStop: 陈二's photo for his 庭院整洁 claim,
// resent after a stop of four hours that cut the claim's 24 hours
// (pts103): as BenchmarkPhotoResent, the stop read in the same one round
// trip as a downtime. Reported: round trips per message.
func BenchmarkPhotoResentAfterStop(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 7, 10, 0, 0, 0, pb.now.Location())
	benchCountedMsg(b, pb, func(i int) {
		day := start.Add(time.Duration(i) * 72 * time.Hour)
		pb.now = day
		pb.say("陈二", fmt.Sprintf("申请积分 第%d回把房前屋后收拾干净了", i+1))
		pb.noteStop(day.Add(22*time.Hour), day.Add(26*time.Hour))
		pb.now = day.Add(26 * time.Hour)
		pb.drain()
	}, func(i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("photo%d", i), Chat: g3, From: "陈二", Images: []string{"yard.jpg"}}
	})
}

// BenchmarkClaimForNameFirst: 陈二's 「给陈小龙 申请积分 …」 (pts103), filed
// at once as 申请积分 is. Each iteration on its own day. Reported: round
// trips per message.
func BenchmarkClaimForNameFirst(b *testing.B) {
	pb := examplePointsBot(b)
	start := time.Date(2026, 12, 8, 9, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(i int) { pb.now = start.Add(time.Duration(i) * 24 * time.Hour) },
		func(i int) (string, string) {
			return "陈二", fmt.Sprintf("给陈小龙 申请积分 第%d回帮村里扫雪", i+1)
		})
}

// BenchmarkRestockTold: 周八's 「大米进了10袋」 (pts103): the 补货 offered,
// its question and reply in one commit. Reported: round trips per message.
func BenchmarkRestockTold(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "周八", "大米进了10袋" })
}
