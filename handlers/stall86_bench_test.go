package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkUnansweredCommit86: Redis holds writes (CLIENT PAUSE WRITE)
// past the store's timeout while 张三's report waits, then drops it with
// the connection: the message costs its commit, a new connection's HELLO
// and the marker's read (Made; its probe has a client of its own), he is
// told 「没有登记上」; in the background, its resend memo (rt89: one
// write, RT/memo);
// his resend of the same words, Redis back, costs its one commit.
func BenchmarkUnansweredCommit86(b *testing.B) {
	sink := &directSink{}
	srv, st, r := stalledRouter(b, 100*time.Millisecond, sink)
	admin := srv.Client(b)
	ctx := context.Background()
	var stalled, memo, resent int64
	b.ResetTimer()
	for i := range b.N {
		day := at.Add(time.Duration(i+1) * time.Hour)
		m := bot.Message{ID: fmt.Sprintf("%d-m", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 %d号门口的路灯坏了", i+1)}
		if err := admin.Do(ctx, "CLIENT", "PAUSE", "20000", "WRITE").Err(); err != nil {
			b.Fatal(err)
		}
		before := st.RoundTrips()
		if err := r.Handle(ctx, m); err == nil {
			b.Fatal("the held commit was answered")
		}
		handled := st.RoundTrips()
		stalled += handled - before
		if err := admin.Do(ctx, "CLIENT", "UNPAUSE").Err(); err != nil {
			b.Fatal(err)
		}
		st.Check(ctx) // Redis back: the gate lets commands through at once
		st.WaitMemos()
		memo += st.RoundTrips() - handled
		m.ID, m.At = fmt.Sprintf("%d-again", i), day.Add(3*time.Minute)
		resent += benchTrips(b, r, st, m)
	}
	b.ReportMetric(float64(stalled)/float64(b.N), "RT/stalled")
	b.ReportMetric(float64(memo)/float64(b.N), "RT/memo")
	b.ReportMetric(float64(resent)/float64(b.N), "RT/resend")
}
