package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkCall76: "relay naming the notice, group" / "…, private": each
// round the vaccination notice goes out, then 王五's 「疫苗的事我跟赵六说过
// 了」 is measured: 赵六户's 收到 of that notice in one commit, the notice
// found on this process's copy of the group's notices (call76). "家 form
// …": the same said 「疫苗的事赵六家我当面说过了」 (ask77).
func BenchmarkCall76(b *testing.B) {
	for _, row := range []struct{ name, text string }{
		{"relay naming the notice", "疫苗的事我跟赵六说过了"}, {"家 form naming the notice", "疫苗的事赵六家我当面说过了"},
	} {
		b.Run(row.name+", group", func(b *testing.B) {
			benchAfterNotice(b, bot.Message{}, bot.Message{Chat: grid3, From: "王五", Text: row.text})
		})
		b.Run(row.name+", private", func(b *testing.B) {
			benchAfterNotice(b, bot.Message{}, bot.Message{Private: true, From: "王五", Text: row.text})
		})
	}
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
