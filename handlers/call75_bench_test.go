package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkCall75: "grid's own relay in private": each round the
// vaccination notice goes out, then 王五's private 「赵六那边我告诉他了」
// (the group's form) is measured: 赵六户's 收到 in one commit. "at the
// hospital, told alone": each round (a day) the list names 白凤兰 on a
// call passing notice N1 on, then 「白凤兰在医院」 is measured: not
// reached, paused, the away field on the commit; "回访, no outcome word":
// the same with 「回访 白凤兰 在医院」. "follow-up's call, own words": the
// call put on by the notice follow-up alone, 「白凤兰挺好的」 measured:
// 已通 (call75).
func BenchmarkCall75(b *testing.B) {
	b.Run("grid's own relay in private", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Private: true, From: "王五", Text: "赵六那边我告诉他了"})
	})
	b.Run("at the hospital, told alone", func(b *testing.B) { benchStayNotReached(b, "白凤兰在医院") })
	b.Run("回访, no outcome word", func(b *testing.B) { benchStayNotReached(b, "回访 白凤兰 在医院") })
	b.Run("follow-up's call, own words", func(b *testing.B) { benchNoticeCall(b, "白凤兰挺好的", false) })
}
