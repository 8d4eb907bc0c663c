package handlers_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/village"
)

// BenchmarkCadreJoinsAlarm: each round 谢明 raises a fire in 一组 and 何志强
// takes it on in words (not measured); 马红梅's 「我也过去」 is recorded as
// its 进展 (alarmJoined, rep64). It is closed after (not measured), out of
// the way of the next round's.
func BenchmarkCadreJoinsAlarm(b *testing.B) {
	const g1 = "青山村一组网格群"
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		return []bot.Message{{ID: fmt.Sprintf("%d-fire", i), At: day, Chat: g1, From: "谢明", Text: "着火了 后面柴房烧起来了 快来人"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: g1, From: "何志强", Text: "我马上过去 已经叫了120"}},
			bot.Message{ID: fmt.Sprintf("%d-join", i), At: day.Add(2 * time.Minute), Chat: g1, From: "马红梅", Text: "我也过去"},
			[]bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: g1, From: "刘建国", Text: "办结 " + ref + " 火灭了 没人受伤"},
				{ID: fmt.Sprintf("%d-close", i), At: day.Add(2 * time.Hour), Chat: g1, From: "谢明", Text: "满意 " + ref}}
	})
	wantLastEntry(b, st, n, "with 马红梅's 进展", func(e village.Entry) bool {
		return e.By == "马红梅" && e.Action == village.ActProgress && e.Note == "我也过去"
	})
}

// wantLastEntry fails b unless the store holds n reports of 三组's village
// and the last one's history has an entry match takes; what says which.
func wantLastEntry(b *testing.B, st *storage.Store, n int, what string, match func(village.Entry) bool) {
	b.Helper()
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != n || !slices.ContainsFunc(reps[n-1].History, match) {
		b.Fatalf("%d reports (%v), want each %s", len(reps), err, what)
	}
}

// benchOneOfEach runs round i's messages on a cached router each round:
// before and after unmeasured, m measured, reporting its round trips per
// message; it returns the store and the number of rounds.
func benchOneOfEach(b *testing.B, round func(i int) (before []bot.Message, m bot.Message, after []bot.Message)) (*storage.Store, int) {
	return benchOneOfEachAmong(b, nil, round)
}

// benchOneOfEachAmong is benchOneOfEach with more people in the roster.
func benchOneOfEachAmong(b *testing.B, more []village.Person, round func(i int) (before []bot.Message, m bot.Message, after []bot.Message)) (*storage.Store, int) {
	r, st := benchRouter(b, true, more...)
	return st, benchOneOfEachOn(b, r, st, round)
}

// benchOneOfEachOn is benchOneOfEach on router r of store st; it returns
// the number of rounds.
func benchOneOfEachOn(b *testing.B, r *handlers.Router, st *storage.Store, round func(i int) (before []bot.Message, m bot.Message, after []bot.Message)) int {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		before, m, after := round(i)
		benchSetup(b, r, before...)
		start := st.RoundTrips()
		benchSetup(b, r, m)
		trips, n = trips+st.RoundTrips()-start, n+1
		benchSetup(b, r, after...)
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	return n
}
