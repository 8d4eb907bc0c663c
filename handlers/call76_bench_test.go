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

// BenchmarkCall76Relay: "relay with how she is": each round a notice to
// 三组 goes out, the list names 白凤兰 on a call passing it on, then 王五's
// 「白凤兰挺好的 通知也跟她说了」 is measured: 已通 and her household's 收到
// in one commit, the notices read from this process's copy. "…, never
// posted": the same on a call carrying an N1 never posted
// (benchNoticeCall): the copy cannot hold it, so each round reads (call75's
// 2 round trips).
func BenchmarkCall76Relay(b *testing.B) {
	const said = "白凤兰挺好的 通知也跟她说了"
	b.Run("relay with how she is", func(b *testing.B) { benchNoticeCallOf(b, said, true, true) })
	b.Run("relay with how she is, never posted", func(b *testing.B) { benchNoticeCallOf(b, said, true, false) })
}
