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
	b.Run("leader 电话我来打", awayRow("李四", "王五请假两天 电话我来打", true, nil))
	b.Run("stand-in free-form log", awayRow("王五", "我这两天不在 王五的电话请马红梅打", false, func(day time.Time, i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(time.Hour), Private: true, From: "马红梅", Text: "石德贵打了没人接"}
	}))
}
