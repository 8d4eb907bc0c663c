package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm104: a second one down the cellar (was warned as one
// about to go: two in danger), one brought up out of it (the hospital
// line), a fall told with nothing of how he is (was silent: asked back).
// Each alarm is ended after by 孙七 in the duty chat (alarmRound).
func BenchmarkAlarm104(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"second_down", "张三", "他儿子下去也没上来", []string{"陈二:俺爹下菜窖拿白菜 半天没上来 喊也不应"}, 1},
		{"pit_rescued", "张三", "人拉上来了 能说话 没啥事", []string{"陈二:俺爹下菜窖拿白菜 半天没上来 喊也不应"}, 1},
		{"fall_asked", "陈二", "俺爹骑摩托车在冰上摔了", nil, 0},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
