package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall108 (roundtrips/msg): a relative's second stay told after
// a first (her calls read, one commit: the first is said kept), and a
// leader's 「不是」 to his unnamed answer (this process's copy of what was
// kept, her calls read, one commit).
func BenchmarkCall108(b *testing.B) {
	b.Run("second stay kept", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Chat: "青山村三组网格群", From: "金大海", Text: "我妈后天去我姐家住 过两天就回来"}}
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Minute), Chat: "青山村三组网格群", From: "金大海", Text: "腊月二十八我儿子接我妈去城里过年 正月初六回来"},
				[]bot.Message{{ID: fmt.Sprintf("%d-c", i), At: day.Add(2 * time.Minute), Chat: "青山村三组网格群", From: "金大海", Text: "我妈回来了"}}
		})
	})
	b.Run("老人问 answer taken back", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			q := fmt.Sprintf("今年过年有没有慰问品%d", i)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 已通 身体挺好 她问" + q},
				{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Private: true, From: "李四", Text: "有的 腊月二十前送到家"}}
			return before, bot.Message{ID: fmt.Sprintf("%d-c", i), At: day.Add(time.Hour + time.Minute), Private: true, From: "李四", Text: "不是"}, nil
		})
	})
}
