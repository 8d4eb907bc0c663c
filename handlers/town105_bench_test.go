package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkOverdueMostAsked (town105): 「哪个组超期最多」 in the office
// chat unaddressed, after an item of three days ago.
func BenchmarkOverdueMostAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 97 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口冻住了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(72 * time.Hour), Chat: officeChat, From: "孙七", Text: "哪个组超期最多"}, nil
	})
}

// BenchmarkUrgentMattersAsked (town105): 「今天各村有啥急事没」, the day's
// emergencies.
func BenchmarkUrgentMattersAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口冻住了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "今天各村有啥急事没"}, nil
	})
}

// BenchmarkPersonAsked (town105): 「R1 王奶奶人怎么样了」, the grid asked
// (镇里问) with the record's latest step.
func BenchmarkPersonAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "王五", Text: fmt.Sprintf("上报 三组第%d家老人在门口滑倒了 腿疼", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: fmt.Sprintf("R%d 老人现在怎么样了", i+1)}, nil
	})
}
