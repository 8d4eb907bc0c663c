package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAsk72: what ask72 answers, one message measured a round, each
// round a day after the last. "several listed": 张三's 「桥的事咋样了」
// fitting two of his items (the list, its commit); "mediation privately":
// 「菜地的事咋样了」 after his mediation item (the private answer, its
// commit); "asked again": the same question a minute after its answer
// (「刚才回复过」, its commit); "third time": once more (silence, no read:
// the quiet is this process's copy).
func BenchmarkAsk72(b *testing.B) {
	msg := func(i int, id, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: at.Add(time.Duration(i) * 25 * time.Hour), Chat: grid3, From: from, Text: text}
	}
	bridge := func(i int) bot.Message { return msg(i, "ask", "张三", "桥的事咋样了") }
	again := func(i int) bot.Message { m := bridge(i); m.ID += "-again"; m.At = m.At.Add(time.Minute); return m }
	third := func(i int) bot.Message { m := again(i); m.ID += "-third"; m.At = m.At.Add(time.Minute); return m }
	one := []bot.Message{msg(0, "file", "张三", "上报 村口的桥栏杆断了 很危险")}
	for _, tc := range []struct {
		name  string
		round func(i int) (setup, measured []bot.Message)
	}{
		{"several listed", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = append(one, msg(0, "file2", "张三", "上报 小学旁边的桥下面堵了 水漫到路上"))
			}
			return setup, []bot.Message{bridge(i)}
		}},
		{"mediation privately", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = []bot.Message{msg(0, "file", "张三", "上报 调解 他家的牛把我家的菜地踩了 不肯赔")}
			}
			return setup, []bot.Message{msg(i, "ask", "张三", "菜地的事咋样了")}
		}},
		{"asked again", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = one
			}
			return append(setup, bridge(i)), []bot.Message{again(i)}
		}},
		{"third time", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = one
			}
			return append(setup, bridge(i), again(i)), []bot.Message{third(i)}
		}},
	} {
		b.Run(tc.name, func(b *testing.B) { benchAnswers(b, true, tc.round) })
	}
}
