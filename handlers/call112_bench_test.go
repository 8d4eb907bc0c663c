package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall112: round trips of a worker's family-homecoming note with
// no call of hers open (a lapsed call of its own, one commit), and of a
// villager's how-long question under a notice (passed to the worker).
func BenchmarkCall112(b *testing.B) {
	b.Run("kin home no call open", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 2 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: fmt.Sprintf("石德贵他闺女回来了%d 这几天住家里", i)}, nil
		})
	})
	b.Run("how long asked", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 2 * 24 * time.Hour)
			return []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Chat: "青山镇网格工作群", From: "孙七", Text: "通知 明天起有寒潮，请各网格提醒独居老人注意取暖"}},
				bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Chat: "青山村三组网格群", From: "陈二", Text: "寒潮要持续几天"}, nil
		})
	})
}
