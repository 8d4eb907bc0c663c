package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkYearAsked (town102): 孙七's 「今年一共多少件事」 after a new
// item: one read of the village's reports (open ones and the year's
// newest), then the reply's commit.
func BenchmarkYearAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口堵了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "今年一共多少件事"}, nil
	})
}

// BenchmarkOfficerSendsBackInWords (town102): 孙七's 「#R 这个让村里自己找
// 人修，不归镇里」 on an item sent up: the item read, then the reply with
// the 退回 offered (its 「1」 kept) in one commit.
func BenchmarkOfficerSendsBackInWords(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		return []bot.Message{
				{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d块公告栏被风吹倒了", i+1)},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref},
				{ID: fmt.Sprintf("%d-up", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "上报镇 " + ref + " 村里没钱修"},
			},
			bot.Message{ID: fmt.Sprintf("%d-back", i), At: day.Add(3 * time.Minute), Chat: officeChat, From: "孙七", Text: ref + " 这个让村里自己找人修，不归镇里"}, nil
	})
}
