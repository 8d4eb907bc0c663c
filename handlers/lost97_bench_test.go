package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkLost97: a person sought named after the verb (a new alarm), a
// fire with people inside, a kin word fitting two children (listed), and
// news of an open alarm: its reporter's 「人回来了」, a neighbour's 「王奶奶
// 回来了」 (her roster name read as 人), a witness's 「屋里还有人」 at the
// fire. Each alarm is ended after by 孙七 in the duty chat (alarmRound).
func BenchmarkLost97(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"sought_name", "熊秀英", "我找不到张三了 电话也打不通", nil, 1},
		{"fire_inside", "陈二", "他家着火了 老人还在屋里", nil, 1},
		{"fire_plain", "陈二", "他家着火了 快来人", nil, 1},
		{"kin_maybe", "陈二", "小孩不见了 到处找了", nil, 1},
		{"found_reporter", "熊秀英", "人回来了", []string{"熊秀英:王奶奶不见了 一早上没见人"}, 1},
		{"found_named", "郑十", "王奶奶回来了 没事", []string{"熊秀英:王奶奶不见了 一早上没见人"}, 1},
		{"inside_news", "张三", "屋里还有人 老太太没出来", []string{"陈二:他家着火了 老人还在屋里"}, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
