package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed90: a quarrel filed at once whose other matters are sorted
// by med89's rule (quarrelParts): the hens kept on the item, the bridge
// offered; one commit.
func BenchmarkMed90(b *testing.B) {
	b.Run("quarrel_filed_with_more", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
			ref := fmt.Sprintf("#R%d", i+1)
			msg := func(id string, d time.Duration, from, text string) bot.Message {
				return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
			}
			m = msg("m", 0, "张三", dogs)
			after = []bot.Message{msg("no", time.Minute, "张三", "2"),
				msg("accept", time.Hour, "李四", "确认 "+ref),
				msg("end", time.Hour+time.Minute, "李四", "办结 "+ref+" 处理好了"),
				msg("pleased", time.Hour+2*time.Minute, "张三", "满意 "+ref)}
			return nil, m, after
		})
	})
}
