package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep104 counts round trips of rep104's paths, each in a fresh
// process: a worker in hospital naming the day he is back, and a leader
// who takes the worker's words on his item while the worker is away.
func BenchmarkRep104(b *testing.B) {
	his := []bot.Message{{Chat: grid3, From: "张三", Text: "上报 我家门口水管冻裂了，水喷了一地"},
		{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "指派 #R1 王五"}}
	away := append(his[:3:3], bot.Message{Chat: grid3, From: "王五", Text: "不好意思，我发烧住院了 要住到12月20号 手上的事办不了"})
	rows := map[string]benchRow{
		"worker_away_until_day": {his, bot.Message{Chat: grid3, From: "王五", Text: "不好意思，我发烧住院了 要住到12月20号 手上的事办不了"}},
		"cover_resolves":        {away, bot.Message{Chat: grid3, From: "李四", Text: "办结 #R1 管子换好了"}},
		"cover_todo":            {away, bot.Message{Chat: grid3, From: "李四", Text: "待办"}},
	}
	benchSteps(b, []string{"worker_away_until_day", "cover_resolves", "cover_todo"}, rows)
}
