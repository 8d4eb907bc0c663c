package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall78 (roundtrips/msg): an absence naming a stand-in, said by
// the leader or privately by the worker (each round a week, ended the next
// day); the stand-in's 回访 of the away worker's elder; 「我去说了」 with a
// topic, in the group and privately; the grid's relay of an elder in the
// group, logged as her call.
func BenchmarkCall78(b *testing.B) {
	b.Run("leader names a stand-in", awayRow("李四", "王五请假两天 电话由马红梅打", false, nil))
	b.Run("worker names a stand-in", awayRow("王五", "我这两天不在 王五的电话请马红梅打", false, nil))
	b.Run("stand-in logs his elder", awayRow("王五", "我这两天不在 王五的电话请马红梅打", false, func(day time.Time, i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(time.Hour), Private: true, From: "马红梅", Text: "回访 王奶奶 已通 身体挺好"}
	}))
	b.Run("我去说了 naming the notice, group", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Chat: grid3, From: "王五", Text: "疫苗的事赵六家我去说了"})
	})
	b.Run("我去说了 naming the notice, private", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Private: true, From: "王五", Text: "疫苗的事赵六家我去说了"})
	})
	b.Run("elder relay in the group", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{}, bot.Message{Chat: grid3, From: "王五", Text: "疫苗的事石德贵家我告诉他了"})
	})
}

// awayRow is one bench row of an absence (a week apart each round, ended the
// next day by 「我回来了」): said by from, in the grid's group when inGroup,
// else privately; with m, the message measured after it, else the absence.
func awayRow(from, said string, inGroup bool, m func(day time.Time, i int) bot.Message) func(b *testing.B) {
	return func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, x bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 7 * 24 * time.Hour)
			set := bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: !inGroup, From: from, Text: said}
			if inGroup {
				set.Chat = grid3
			}
			back := bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(24 * time.Hour), Private: true, From: "王五", Text: "我回来了"}
			if m == nil {
				return nil, set, []bot.Message{back}
			}
			return []bot.Message{set}, m(day, i), []bot.Message{back}
		})
	}
}
