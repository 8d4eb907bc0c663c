package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkKeep84: the other party's word of the ditch quarrel said again
// in the group within the hour its mediators heard from him: kept on the
// item quietly, nobody told, in one commit.
func BenchmarkKeep84(b *testing.B) {
	b.Run("party_repeat_kept", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
			ref := fmt.Sprintf("#R%d", i+1)
			before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: ditchOwnSide},
				{ID: fmt.Sprintf("%d-side", i), At: day.Add(5 * time.Minute), Chat: grid3, From: "陈二", Text: ditchHisSide}}
			m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(10 * time.Minute), Chat: grid3, From: "陈二", Text: ditchHisAgain}
			after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: "办结 " + ref + " 谈妥了"}}
			return before, m, after
		})
	})
}
