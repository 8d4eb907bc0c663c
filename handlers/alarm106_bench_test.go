package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm106: the answer to the fall's question (the fall's alarm,
// or the care told; was silent or an alarm of no fall), 「也没上来」 at the
// cellar's alarm (its news, was a second one down) and a count said after
// it (was silent). Each alarm is ended after by 孙七 (alarmRound).
func BenchmarkAlarm106(b *testing.B) {
	cellar := []string{"陈二:俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应"}
	fell := []string{"张三:俺爹骑电动车在冰上摔了"}
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"fall_answer_hurt", "张三", "不能动", fell, 1},
		{"fall_answer_fine", "张三", "能动 没事", fell, 0},
		{"still_not_up", "陈二", "俺爹下去半天了 也没上来", cellar, 1},
		{"count_after", "陈二", "下面有三个人", cellar, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
