package handlers_test

import (
	"cmp"
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm99: a CO alarm's reporter's 「屋里全是烟」 (was silent: its
// news and his way out) and 「我妈晕过去了」 (was a second alarm: the
// first one's hurt), a villager's 「人救出来了」 at a fire (the duty chat and
// now the handler @'d, one commit), a car in a ditch with its driver in it
// (was an offered general item: an alarm), and the duty officer's bare
// 「现在什么情况」 with three alarms open (reads only). Each alarm is ended
// after by 孙七 in the duty chat (alarmRound).
func BenchmarkAlarm99(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
		chat             string // grid3 when empty
	}{
		{"fumes_smoke", "陈二", "屋里全是烟", []string{"陈二:俺家炉子冒烟 一直咳嗽"}, 1, ""},
		{"fumes_faint", "陈二", "我妈晕过去了", []string{"陈二:俺家炉子冒烟 一直咳嗽"}, 1, ""},
		{"rescued_told", "陈二", "人救出来了", []string{"张三:石德贵家着火了 屋里还有人"}, 1, ""},
		{"car_in_ditch", "周八", "路上结冰了 一辆面包车滑到沟里去了 司机还在车里", nil, 1, ""},
		{"duty_asks_all3", "孙七", "现在什么情况", []string{"张三:石德贵家着火了", "陈二:俺家炉子冒烟 一直咳嗽", "周八:王奶奶不见了 一下午没见人"}, 3, dutyChat},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, cmp.Or(c.chat, grid3), c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
