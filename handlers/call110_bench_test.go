package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall110 (roundtrips/msg): smoke smelt in an elder's room told
// on a call (her call log and her emergency, one commit, as any call
// note's item), and the worker's word that her family take her away
// before the festival (her calls read, the stay kept: pauseForKin's one
// commit).
func BenchmarkCall110(b *testing.B) {
	b.Run("fumes on a call", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: fmt.Sprintf("石德贵我打过了 他说屋里有烟味%d", i)}, nil
		})
	})
	b.Run("worker stay ahead", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 2 * 24 * time.Hour)
			at := day.Add(24 * time.Hour)
			return []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 石德贵 未接通"}},
				bot.Message{ID: fmt.Sprintf("%d-b", i), At: at.Add(time.Hour), Private: true, From: "王五", Text: "石德贵他闺女一家过年回来 年前会来接他去城里"},
				[]bot.Message{{ID: fmt.Sprintf("%d-c", i), At: at.Add(2 * time.Hour), Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"}}
		})
	})
}
