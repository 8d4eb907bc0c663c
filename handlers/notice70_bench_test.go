package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTakingPartAsked: each round (a day apart) the vaccination
// notice goes out and 陈二 asks of taking part in words it does not use
// (notice70): 「去不了 能上门打吗」 passed on to the worker with his
// household's 收到 in one commit on the notice copy; 「我家狗丢了怎么办」,
// another matter, is left alone as before. The 已转告 rows: 陈二's
// 「王奶奶那边我告诉她了」 (his 收到, hers kept as told, one commit) and
// 陈二's 「我跟我妈说了」 (his household's 收到, silent).
func BenchmarkTakingPartAsked(b *testing.B) {
	for _, c := range []struct{ name, q string }{{"passed on", "去不了 能上门打吗"}, {"other matter", "我家狗丢了怎么办"},
		{"已转告 another household", "王奶奶那边我告诉她了"}, {"已转告 kin", "我跟我妈说了"}} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 24 * time.Hour)
				before = []bot.Message{
					{ID: fmt.Sprintf("%d-n", i), At: day, Chat: "青山镇网格工作群", From: "孙七", Text: notice70},
					{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Minute), Chat: grid3, From: "张三", Text: "收到"},
				}
				return before, bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "陈二", Text: c.q}, nil
			})
		})
	}
}
