package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkLiveLine: a tree fallen on a power line, still up, filed at
// once as a safety hazard, and a line a tree broke, an alarm of a line
// down (alarm74), at another house each round; 刘建国 takes each on and
// ends it, unmeasured.
func BenchmarkLiveLine(b *testing.B) {
	for _, tc := range []struct{ name, text string }{
		{"tree on a line, filed", "%d号院门口那棵树被风刮倒了 压着电线了"},
		{"line broken, alarm", "%d号院门口的树倒了 把电线压断了"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				return nil, bot.Message{ID: fmt.Sprintf("%d-line", i), At: day, Chat: grid1, From: "谢明", Text: fmt.Sprintf(tc.text, i+1)},
					[]bot.Message{{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid1, From: "刘建国", Text: "确认 " + ref},
						{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid1, From: "刘建国", Text: "办结 " + ref + " 供电所已断电清理"}}
			})
			wantLastEntry(b, st, n, "filed and taken on", func(e village.Entry) bool { return e.Action == village.ActAccept && e.By == "刘建国" })
		})
	}
}
