package storage_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// BenchmarkHeldExpired: a held reminder released after it expired
// (pts100) and one that did not, claimed by the outbox: the claim, the
// expired one's state, the other's ack. Reported: round trips per Next
// (with its Done).
func BenchmarkHeldExpired(b *testing.B) {
	ctx := context.Background()
	st := storagetest.New(b)
	at := time.Date(2026, 12, 8, 6, 0, 0, 0, time.UTC)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return at.Add(72 * time.Hour) }})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		out := []bot.Outbound{
			{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "照片", NotBefore: at, Expires: at.Add(time.Hour)},
			{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "证明人", NotBefore: at},
		}
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: fmt.Sprint("m", i), Out: out}); err != nil {
			b.Fatal(err)
		}
		before := st.RoundTrips()
		envs := storagetest.Must(box.Next(ctx, 10))(b)
		if len(envs) != 1 {
			b.Fatalf("%d sent, want 1", len(envs))
		}
		if err := box.Done(ctx, true, envs...); err != nil {
			b.Fatal(err)
		}
		trips, n = trips+st.RoundTrips()-before, n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/next")
}
