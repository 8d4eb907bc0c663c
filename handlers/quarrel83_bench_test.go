package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkQuarrel83: the other party's account of the same ditch
// quarrel, naming the reporter's household, five minutes after its
// filing: kept on the item, told to its mediators, answered to him.
func BenchmarkQuarrel83(b *testing.B) {
	b.Run("other_side_names_reporter", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
			ref := fmt.Sprintf("#R%d", i+1)
			before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: ditchOwnSide}}
			m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(5 * time.Minute), Chat: grid3, From: "陈二", Text: ditchHisSide}
			after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: "办结 " + ref + " 谈妥了"}}
			return before, m, after
		})
	})
}
