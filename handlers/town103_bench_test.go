package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAlarmsAsked (town103): 孙七's 「今天有没有突发」 after a fire
// in 三组: one read of the village's items, then the reply's commit
// (roundtrips/msg).
func BenchmarkAlarmsAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-fire", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("快来人 三组第%d家柴火垛着火了 火很大", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "今天有没有突发"}, nil
	})
}

// BenchmarkMonthNumberAsked (town103): 「12月的情况」 (here 「3月的情况」) is
// 网格排名 of that month, as BenchmarkMonthAsked's 「这个月的情况」.
func BenchmarkMonthNumberAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		month := fmt.Sprintf("%d月的情况", int(day.Month()))
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口堵了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: month}, nil
	})
}
