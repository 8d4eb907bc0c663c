package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAsk71: what ask71 answers, one message measured a round.
// "own status": the reporter's 「桥的事咋样了」 in the group (askedOwnStatus,
// its commit); "pending": 「水渠的事咋样了」 while his words wait for 「1」
// (askedPending: the copy, then the commit); "chit-chat": 「你家那头猪咋样
// 了」 from a reporter whose item it names not (silent); "officer 收到":
// 孙七's 「收到 #R 明天派挖机」 in the office on an item sent up (as 确认).
func BenchmarkAsk71(b *testing.B) {
	const office = "青山镇网格工作群"
	msg := func(i int, id, chat, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: at.Add(time.Duration(i) * 25 * time.Hour), Chat: chat, From: from, Text: text}
	}
	for _, tc := range []struct {
		name  string
		round func(i int) (setup, measured []bot.Message)
	}{
		{"own status", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = []bot.Message{msg(0, "file", grid3, "张三", "上报 村口的桥栏杆断了 很危险")}
			}
			// a day apart: past the hour's quiet (ask72)
			return setup, []bot.Message{msg(i, fmt.Sprintf("ask-%d", i), grid3, "张三", "桥的事咋样了")}
		}},
		{"pending", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = []bot.Message{msg(0, "said", grid3, "陈二", "我家后面的水渠堵了 水过不去")}
			}
			return setup, []bot.Message{msg(0, fmt.Sprintf("ask-%d", i), grid3, "陈二", "水渠的事咋样了")}
		}},
		{"chit-chat", func(i int) (setup, measured []bot.Message) {
			if i == 0 {
				setup = []bot.Message{msg(0, "file", grid3, "张三", "上报 村口的桥栏杆断了 很危险")}
			}
			return setup, []bot.Message{msg(0, fmt.Sprintf("ask-%d", i), grid3, "张三", "你家那头猪咋样了")}
		}},
		{"officer 收到", func(i int) (setup, measured []bot.Message) {
			ref := fmt.Sprintf("#R%d", i+1)
			setup = []bot.Message{msg(i, "file", grid3, "张三", fmt.Sprintf("上报 村口第%d条水渠堵了", i+1)),
				msg(i, "accept", grid3, "李四", "确认 "+ref), msg(i, "up", grid3, "李四", "上报镇 "+ref+" 需要挖机")}
			return setup, []bot.Message{msg(i, "ack", office, "孙七", "收到 "+ref+" 明天派挖机")}
		}},
	} {
		b.Run(tc.name, func(b *testing.B) { benchAnswers(b, true, tc.round) })
	}
}
