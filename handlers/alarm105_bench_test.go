package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm105: a second one down crying for help at the cellar's
// alarm (was a second alarm: the cellar's news), a rescue gone wrong as a
// first word (the pit's alarm with the count), a fall question (was
// silent). Each alarm is ended after by 孙七 in the duty chat (alarmRound).
func BenchmarkAlarm105(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"second_down_cry", "陈二", "他家老二下去救他爹 也没上来 快来人", []string{"张三:俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应"}, 1},
		{"two_down_first", "陈二", "沼气池里下去俩人了 都没上来", nil, 1},
		{"fall_lift_asked", "陈二", "老人摔了能不能扶", nil, 0},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
