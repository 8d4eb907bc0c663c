package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall99: the paths call99 changed, in round trips per message.
// Notice N1 goes out at the bench's time, N2 25 minutes later; messages
// are said 30 minutes after it. "away called off": each round 王五's
// 「明天起请假两天」, then his measured 「我明天不走了」. "own relay, one
// fresh": 王五's 「赵六那边我告诉他了」 in the group (N1 counted, N2 said
// fresh). "elder news offered": his 「王奶奶炉子灭了」 in the group, which
// the reader takes for talk (asked back). "bare relay, list only": a new
// task carrying N1 each round, his 「回访 王奶奶 已通 已转告」 (N2 named,
// not counted).
func BenchmarkCall99(b *testing.B) {
	later := at.Add(30 * time.Minute)
	say := func(m bot.Message) bot.Message { m.At = later; return m }
	rows := []struct {
		name   string
		task   bool
		before func(i int) []bot.Message
		msg    func(i int) bot.Message
	}{
		{"away called off", false, func(i int) []bot.Message {
			return []bot.Message{say(privateMsg(fmt.Sprintf("away-%d", i), "王五", "明天起请假两天"))}
		}, func(i int) bot.Message {
			return say(privateMsg(fmt.Sprintf("off-%d", i), "王五", "我明天不走了"))
		}},
		{"own relay, one fresh", false, nil, func(i int) bot.Message {
			return say(benchMsg(fmt.Sprintf("relay-%d", i), grid3, "王五", "赵六那边我告诉他了", ""))
		}},
		{"elder news offered", false, nil, func(i int) bot.Message {
			return say(benchMsg(fmt.Sprintf("news-%d", i), grid3, "王五", fmt.Sprintf("王奶奶炉子灭了%d回", i+1), ""))
		}},
		{"bare relay, list only", true, nil, func(i int) bot.Message {
			return say(privateMsg(fmt.Sprintf("log-%d", i), "王五", "回访 王奶奶 已通 已转告"))
		}},
	}
	for _, row := range rows {
		b.Run(row.name, func(b *testing.B) { benchCallRow(b, 25*time.Minute, row.task, row.before, row.msg) })
	}
}
