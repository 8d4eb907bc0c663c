package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkOpenCountAskedOfNoPlace (town104): 「还有多少没办完的」 in the
// office chat, naming no place, answered as the township's 情况 right
// after a new item.
func BenchmarkOpenCountAskedOfNoPlace(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口冻住了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "还有多少没办完的"}, nil
	})
}

// BenchmarkOfficerAsksHowAfterNumber (town104): 「R1 王奶奶家怎么样了」
// from an officer, answered as 查 (was the offer of a 进展).
func BenchmarkOfficerAsksHowAfterNumber(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d家水管冻裂了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: fmt.Sprintf("R%d 王奶奶家怎么样了", i+1)}, nil
	})
}
