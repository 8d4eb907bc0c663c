package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall106 (roundtrips/msg): the leader's own words to a
// 【请上门看看】 sending a worker (open calls read, one commit) or going
// himself (read, one reply), and his unquoted answer to a 【老人问】 that
// names her (her calls read, one commit).
func BenchmarkCall106(b *testing.B) {
	escalated := func(i int) (time.Time, []bot.Message) {
		day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
		return day.Add(24 * time.Hour), []bot.Message{
			{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 未接通"},
			{ID: fmt.Sprintf("%d-b", i), At: day.Add(24 * time.Hour), Private: true, From: "王五", Text: "回访 王奶奶 未接通"},
		}
	}
	b.Run("visit: sends a worker", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			at, before := escalated(i)
			return before, bot.Message{ID: fmt.Sprintf("%d-c", i), At: at.Add(time.Hour), Private: true, From: "李四", Text: "让王五下午去她家看看"},
				[]bot.Message{{ID: fmt.Sprintf("%d-d", i), At: at.Add(2 * time.Hour), Private: true, From: "王五", Text: "回访 王奶奶 上门 人没事"}}
		})
	})
	b.Run("visit: goes himself", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			at, before := escalated(i)
			return before, bot.Message{ID: fmt.Sprintf("%d-c", i), At: at.Add(time.Hour), Private: true, From: "李四", Text: "我下午过去一趟"},
				[]bot.Message{{ID: fmt.Sprintf("%d-d", i), At: at.Add(2 * time.Hour), Private: true, From: "李四", Text: "回访 王奶奶 上门 人没事"}}
		})
	})
	b.Run("老人问 answered by name", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			q := fmt.Sprintf("今年过年有没有慰问品%d", i)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 已通 身体挺好 她问" + q}}
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Private: true, From: "李四", Text: "王奶奶问的慰问品 有的，腊月二十前送到"}, nil
		})
	})
}
