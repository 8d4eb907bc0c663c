package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkCallLogReopensClosed: each round 王五's call files 王奶奶's
// frozen pipe, 李四 takes it on and resolves it and 王五 answers 满意 for
// her (not measured); two days later 王五's note 「她说水管还是漏」 reopens
// the closed item in the call's commit (elder62). It is closed again
// after (not measured), out of the way of the next round's pipe.
func BenchmarkCallLogReopensClosed(b *testing.B) {
	r, st := benchRouter(b, true)
	benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 白凤兰 已通 挺好"})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		day := at.Add(time.Duration(i) * 73 * time.Hour)
		ref := benchPipeResolved(b, r, i, day, true)
		m := bot.Message{ID: fmt.Sprintf("%d-said", i), At: day.Add(48 * time.Hour), Chat: grid3, From: "王五", Text: "回访 王奶奶 已通 她说水管还是漏"}
		trips, n = trips+benchTrips(b, r, st, m), n+1
		benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-again", i), At: m.At.Add(time.Minute), Chat: grid3, From: "王五", Text: "满意 " + ref})
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	wantLastEntry(b, st, n, "reopened", func(e village.Entry) bool { return e.Action == village.ActReopen })
}
