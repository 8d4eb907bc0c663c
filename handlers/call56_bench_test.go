package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCallLogSecondNote: "well-words added": each day 王五 logs
// 「回访 王奶奶 已通 身体挺好」 (not measured), then a minute later
// 「回访 王奶奶 已通 精神也还行」, added to the same call (call56).
// "chase": 白凤兰's application not come through told on a call (the
// first files her chase item, the next are told again of it).
func BenchmarkCallLogSecondNote(b *testing.B) {
	b.Run("well-words added", func(b *testing.B) {
		r, st := benchRouter(b, true)
		benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"})
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i+1) * 25 * time.Hour)
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-first", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 已通 身体挺好"})
			m := bot.Message{ID: fmt.Sprintf("%d-more", i), At: day.Add(time.Minute), Private: true, From: "王五", Text: "回访 王奶奶 已通 精神也还行"}
			trips, n = trips+benchTrips(b, r, st, m), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
	b.Run("chase", func(b *testing.B) {
		r, st := benchRouter(b, true)
		benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"})
		benchCallLogs(b, r, st, "回访 白凤兰 已通 第%d次 她说高龄补贴交了材料两个月了还没批下来")
	})
}
