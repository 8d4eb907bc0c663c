package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall79 (roundtrips/msg): the stand-in's free-form log of the
// away worker's elder; the leader's 「电话我来打」.
func BenchmarkCall79(b *testing.B) {
	row := func(from, said string, m func(day time.Time, i int) bot.Message) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, x bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 7 * 24 * time.Hour)
				set := bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: from != "李四", Chat: map[bool]string{true: grid3}[from == "李四"], From: from, Text: said}
				back := bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(24 * time.Hour), Private: true, From: "王五", Text: "我回来了"}
				if m == nil {
					return nil, set, []bot.Message{back}
				}
				return []bot.Message{set}, m(day, i), []bot.Message{back}
			})
		}
	}
	b.Run("leader 电话我来打", row("李四", "王五请假两天 电话我来打", nil))
	b.Run("stand-in free-form log", row("王五", "我这两天不在 王五的电话请马红梅打", func(day time.Time, i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(time.Hour), Private: true, From: "马红梅", Text: "石德贵打了没人接"}
	}))
}
