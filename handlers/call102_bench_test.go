package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall102 (roundtrips/msg): call notes call102 now reads as
// logs: her daughter answered (「白凤兰她闺女接的 …过完年再回来」, in the
// group and to the bot: a stay), the good side of a contrast left out of
// the item filed (「炭够烧，就是老寒腿又犯了」), a son's telling of her stay
// (「她儿子说去她闺女家住了」). The call's one commit, as any call log.
func BenchmarkCall102(b *testing.B) {
	run := func(said string, private bool) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 3 * 24 * time.Hour)
				m = bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Chat: grid3, From: "王五", Text: said}
				if private {
					m.Chat, m.Private = "", true
				}
				return nil, m, nil
			})
		}
	}
	b.Run("闺女接的 in the group", run("白凤兰她闺女接的 说白凤兰在她家住着 过完年再回来", false))
	b.Run("闺女接的 to the bot", run("白凤兰她闺女接的 说白凤兰在她家住着 过完年再回来", true))
	b.Run("good side left out", run("回访 王奶奶 已通 炭够烧，就是老寒腿又犯了，腿疼", false))
	b.Run("son told her stay", run("回访 白凤兰 已通 她儿子说去她闺女家住了 过完年回来", true))
}
