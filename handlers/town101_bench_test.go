package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMonthAsked (town101): 孙七's 「这个月的情况」 is 网格排名: one
// read of the villages' items and calls, then the reply's commit
// (roundtrips/msg), as 网格排名 asked after a new item (3.02 both).
func BenchmarkMonthAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口堵了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "这个月的情况"}, nil
	})
}
