package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkCall76: "relay naming the notice, group" / "…, private": each
// round the vaccination notice goes out, then 王五's 「疫苗的事我跟赵六说过
// 了」 is measured: 赵六户's 收到 of that notice in one commit, the notice
// found on this process's copy of the group's notices (call76).
func BenchmarkCall76(b *testing.B) {
	const named = "疫苗的事我跟赵六说过了"
	b.Run("relay naming the notice, group", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Chat: grid3, From: "王五", Text: named})
	})
	b.Run("relay naming the notice, private", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Private: true, From: "王五", Text: named})
	})
}
