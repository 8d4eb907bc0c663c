package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall103 (roundtrips/msg): a villager's own word of his elder's
// stay (「我妈去我姐家住了 过完年再回来」: her calls read, one commit) in the
// group and to the bot, and a call note with her question passed to the
// leader (the call's one commit, the leader's message riding on it).
func BenchmarkCall103(b *testing.B) {
	run := func(from, said string, private bool) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := december.Add(time.Duration(i) * 3 * 24 * time.Hour)
				m = bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Chat: grid3, From: from, Text: said}
				if private {
					m.Chat, m.Private = "", true
				}
				return nil, m, nil
			})
		}
	}
	b.Run("kin stay in the group", run("金大海", "我妈去我姐家住了 过完年再回来 这段时间电话不用打了", false))
	b.Run("kin stay to the bot", run("金大海", "我妈去我姐家住了 过完年再回来", true))
	b.Run("call note asks", run("王五", "回访 王奶奶 已通 身体挺好 她问今年过年有没有慰问品", true))
}
