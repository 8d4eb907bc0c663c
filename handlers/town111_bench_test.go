package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkTown111: a township of two villages (石桥村 beside 青山村),
// each with an alarm filed in the round (unmeasured): the duty officer's
// 「现在什么情况」 and an officer's 「情况」 and 「今天有没有突发」 read every
// village's reports in one round trip, then reply (3 before town111: one
// read a village); and 杨春花's 「东头那条道雪积得有半米深 三轮车开不进去」
// in one village, now registered at once (was offered with 「1」).
func BenchmarkTown111(b *testing.B) {
	for _, c := range []struct{ name, chat, text string }{
		{"two_villages_duty_asks_all", dutyChat, "现在什么情况"},
		{"two_villages_status", officeChat, "情况"},
		{"two_villages_alarms_asked", officeChat, "今天有没有突发"},
	} {
		b.Run(c.name, func(b *testing.B) {
			r, st := twoVillageBench(b, stoneLeader)
			benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				before = []bot.Message{
					{ID: fmt.Sprintf("%d-a", i), Chat: grid3, From: "张三", Text: "王奶奶家的炭盆把被子烤着了 快来人"},
					{ID: fmt.Sprintf("%d-b", i), Chat: sq, From: "石大山", Text: "后山着火了 快来人"},
				}
				m = bot.Message{ID: fmt.Sprintf("%d-ask", i), Chat: c.chat, From: "孙七", Text: c.text}
				after = []bot.Message{
					{ID: fmt.Sprintf("%d-c", i), Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 火灭了", i+1)},
					{ID: fmt.Sprintf("%d-d", i), Chat: sq, From: "石大山", Text: fmt.Sprintf("办结 #R%d 火灭了", i+1)},
				}
				return before, m, after
			})
		})
	}
	b.Run("snowed_way_pointed_at", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			return nil, bot.Message{ID: fmt.Sprintf("%d-m", i), Chat: grid3, From: "王五", Text: "东头那条道雪积得有半米深 三轮车开不进去"}, nil
		})
	})
}
