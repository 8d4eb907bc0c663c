package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall111 (roundtrips/msg): smoke in her room aired and waved
// away, told on a call (her call log and a hazard item, one commit), and
// the worker's word that her family come home, kept on her open call
// (her calls as followed, one commit with the reply).
func BenchmarkCall111(b *testing.B) {
	b.Run("fumes settled on a call", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: fmt.Sprintf("回访 石德贵 已通 屋里有点烟%d 开窗了 没事", i)}, nil
		})
	})
	b.Run("kin home kept", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 2 * 24 * time.Hour)
			at := day.Add(24 * time.Hour)
			return []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 石德贵 未接通"}},
				bot.Message{ID: fmt.Sprintf("%d-b", i), At: at.Add(time.Hour), Private: true, From: "王五", Text: "石德贵他儿子腊月二十回来"},
				[]bot.Message{{ID: fmt.Sprintf("%d-c", i), At: at.Add(2 * time.Hour), Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"}}
		})
	})
}
