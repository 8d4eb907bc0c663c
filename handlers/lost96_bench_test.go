package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkLost96: a roster person named and gone (a new alarm, read
// against the in-memory roster), an elder of the care tier not back, a kin
// word resolved in the reporter's household, and the ordinary paths the
// roster check reads past: a cadre's 「王五不见了…有个表要填」 (no alarm), a
// thing of a person lost, a plain report. Each alarm is ended after by
// 孙七 in the duty chat (alarmRound).
func BenchmarkLost96(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		n                int
	}{
		{"roster_name", "陈二", "张三不见了", 1},
		{"frail_not_back", "张三", "石德贵还没回来 天都黑了", 1},
		{"bare_kin", "张三", "小孩不见了 到处找了", 1},
		{"at_errand", "李四", "王五不见了 谁看见他了 有个表要填", 0},
		{"thing_lost", "陈二", "张三的手机不见了", 0},
		{"ordinary", "陈二", "村口路灯坏了", 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, nil, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
