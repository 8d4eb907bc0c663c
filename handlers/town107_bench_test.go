package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkDangersAsked (town107): 「安全隐患有哪些」 in the office chat
// right after a cracked wall was filed: the township's reports read, the
// answer.
func BenchmarkDangersAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 老刘家第%d间土坯房墙裂了 雪再下怕是要塌", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "安全隐患有哪些"}, nil
	})
}

// BenchmarkTroubleAskedWithDangers (town107): 「各村有什么事没」 with a
// danger open: as BenchmarkTroubleAsked, the dangers gathered in the
// same read.
func BenchmarkTroubleAskedWithDangers(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 老刘家第%d间土坯房墙裂了 雪再下怕是要塌", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "各村有什么事没"}, nil
	})
}
