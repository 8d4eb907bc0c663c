package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall105 (roundtrips/msg): a leader's reply quoting a 【老人问】
// (her calls read, one commit), both elders back in one word (one commit,
// one line), and a kin stay till a lunar day.
func BenchmarkCall105(b *testing.B) {
	b.Run("answer quoting 老人问", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			q := fmt.Sprintf("今年过年有没有慰问品%d", i)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 已通 身体挺好 她问" + q}}
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Private: true, From: "李四", Text: "有的，腊月二十前送到",
				Quote: &bot.Quote{Name: "网格小助手", Text: "【老人问】王五电话回访时，王奶奶问：「" + q + "」。"}}, nil
		})
	})
	b.Run("both back", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 3 * 24 * time.Hour)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Chat: grid1, From: "冯春生", Text: "我爸我妈都去我姐家了 过完年回来"}}
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Chat: grid1, From: "冯春生", Text: "我爸妈回来了"}, nil
		})
	})
	b.Run("lunar day stay", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 3 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Chat: grid3, From: "金大海", Text: "我妈去我姐家住了 腊月二十回来 电话先别打了"}, nil
		})
	})
}
