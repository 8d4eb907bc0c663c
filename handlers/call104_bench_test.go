package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall104 (roundtrips/msg): both elders of one household paused
// by one word (「我爸我妈都去我姐家了」: their calls read, one commit), a
// daughter taking her home, the plain answer when none of his is phoned,
// and a weather warning posted (its elders' calls read for who is away,
// then the notice's commit).
func BenchmarkCall104(b *testing.B) {
	run := func(chat, from, said string) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := december.Add(time.Duration(i) * 3 * 24 * time.Hour)
				return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Chat: chat, From: from, Text: said}, nil
			})
		}
	}
	b.Run("both parents away", run(grid1, "冯春生", "我爸我妈都去我姐家了 过完年回来"))
	b.Run("daughter takes her", run(grid3, "金大海", "我闺女接我妈去她家住几天"))
	b.Run("no elder of his", run(grid3, "张三", "我妈去我姐家住了 电话不用打了"))
	b.Run("warning posted", run(grid3, "李四", "通知 寒潮预警：明天起降温10度，请大家注意保暖"))
}
