package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// routerOn is a Router of the example village on st sending directly
// through sink: another process sharing a store, or, on a store of its
// own, one restarted.
func routerOn(t testing.TB, st *storage.Store, sink *directSink) *handlers.Router {
	t.Helper()
	cfg, dir := exampleVillage(t)
	return handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Direct: sink.send, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

// TestResendReachesAnotherProcess: Redis stalls past the store's timeout
// while 张三's report waits, and still stalls when asked again (he is told
// it may be registered); it runs the report after all (已登记 #R2). His
// resend three minutes later reaches another process, or this one
// restarted: it files nothing and says nothing (before: in the group
// 「您已经反映过 #R2」, privately a second item #R3). The same words a
// third time are his own message again (the memo is taken once).
func TestResendReachesAnotherProcess(t *testing.T) {
	for _, restart := range []bool{false, true} {
		for _, private := range []bool{false, true} {
			sink := &directSink{}
			srv, st, _, m := madeUnsure(t, sink, private)
			ctx := context.Background()
			st.WaitMemos() // left once Redis answered again

			other := st
			if restart {
				other = storagetest.Open(t, srv.URL+"?max_retries=-1")
			}
			b := routerOn(t, other, sink)
			m.ID, m.At = "m2", m.At.Add(3*time.Minute)
			resentSilently(t, fmt.Sprintf("restart %v private %v", restart, private), b, other, sink, m)

			m.ID, m.At = "m3", m.At.Add(time.Minute)
			if err := b.Handle(ctx, m); err != nil {
				t.Fatal(err)
			}
			if got := storagetest.Sent(t, other, m.At, village3); len(got) == 0 {
				t.Errorf("restart %v private %v: the same words a third time got no answer; want one (his own message)", restart, private)
			}
		}
	}
}

// TestDroppedCommitResentElsewhere: Redis holds writes past the store's
// timeout and drops the held report with its connection (he is told it
// was not registered); his resend reaches another process and is filed
// once, under the first message's id, so that the first, had Redis run it
// after all, would be its duplicate (before: under its own id).
func TestDroppedCommitResentElsewhere(t *testing.T) {
	sink := &directSink{}
	srv, st, r := stalledRouter(t, time.Second, sink)
	ctx := context.Background()
	admin := srv.Client(t)
	if err := admin.Do(ctx, "CLIENT", "PAUSE", "20000", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	m := bot.Message{ID: "m1", At: at.Add(time.Minute), Chat: grid3, From: "张三", Text: "上报 村口路灯坏了"}
	if err := r.Handle(ctx, m); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Handle with writes held = %v, want ErrUnavailable", err)
	}
	if len(sink.out) != 1 || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Fatalf("direct messages = %+v, want one saying it was not registered", sink.out)
	}
	if err := admin.Do(ctx, "CLIENT", "UNPAUSE").Err(); err != nil {
		t.Fatal(err)
	}
	_ = st.Check(ctx)
	st.WaitMemos()
	b := routerOn(t, st, sink)
	m.ID, m.At = "m2", m.At.Add(3*time.Minute)
	if err := b.Handle(ctx, m); err != nil {
		t.Fatal(err)
	}
	has(t, "resend", storagetest.Sent(t, st, m.At, village3), "已登记 #R2")
	if reps := storagetest.Must(st.Reports(ctx, village3))(t); len(reps) != 2 {
		t.Errorf("%d items after the resend, want 2", len(reps))
	}
	keys := storagetest.Must(admin.Keys(ctx, "*seen:m1").Result())(t)
	if len(keys) != 1 {
		t.Errorf("markers of m1: %q; want the resend's, made under the first's id", keys)
	}
}

// BenchmarkResend89: 张三's ordinary report, warmed, costs its commit
// alone (the resend memo is read inside the commit's script); his resend
// after a stall, reaching another process, one commit too (made under the
// first's id: a duplicate).
func BenchmarkResend89(b *testing.B) {
	b.Run("ordinary", func(b *testing.B) {
		sink := &directSink{}
		_, st, r := stalledRouter(b, time.Second, sink)
		var trips int64
		b.ResetTimer()
		for i := range b.N {
			m := bot.Message{ID: fmt.Sprintf("%d-o", i), At: at.Add(time.Duration(i+1) * time.Hour), Chat: grid3, From: "张三",
				Text: fmt.Sprintf("上报 %d号门口的路灯坏了", i+1)}
			trips += benchTrips(b, r, st, m)
		}
		b.ReportMetric(float64(trips)/float64(b.N), "RT/msg")
	})
}
