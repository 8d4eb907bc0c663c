package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm102: a firecracker in a child's eye (was silent: an
// alarm with the eye's line), a lone pinned cow (was silent: an offer), a
// brazier's fire put out (was an alarm: the smoulder offer), 「老李家」's
// fumes (no household guessed) and a man down a cellar (was silent: an
// alarm with the cellar's line). Each alarm is ended after by 孙七 in the
// duty chat (alarmRound).
func BenchmarkAlarm102(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"firecracker_eye", "张三", "孩子玩摔炮 把眼睛崩到了 一直哭", nil, 1},
		{"pinned_cow", "陈二", "牛还在里面压着呢", nil, 0},
		{"brazier_out", "周八", "炭盆把被子引着了 赶紧用水浇灭了 人没事", nil, 0},
		{"family_name", "陈二", "老李家烧炭盆 屋里全是烟 人叫不醒了", nil, 1},
		{"cellar", "陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应", nil, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
