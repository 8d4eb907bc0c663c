package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// stalledRouter is a Router of the example village on a private Redis
// reached with the command timeout given and no retry, sending directly
// through sink, warmed by one report of 陈二's (scripts loaded, the
// grid's items read): the next report costs its commit alone.
func stalledRouter(t testing.TB, timeout time.Duration, sink *directSink) (*storagetest.Server, *storage.Store, *handlers.Router) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	st, err := storage.New(storage.Options{URL: srv.URL + "?max_retries=-1", Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	r := routerOn(t, st, sink)
	// The warming message loads the scripts, which on a loaded machine may
	// outlast a short timeout; sent again under its own id it is made once.
	warm := bot.Message{ID: "w1", At: at, Chat: grid3, From: "陈二", Text: "三组垃圾桶满了好几天了"}
	for try := 1; ; try++ {
		err := r.Handle(context.Background(), warm)
		if err == nil {
			break
		}
		if !errors.Is(err, storage.ErrUnavailable) || try == 5 {
			t.Fatal(err)
		}
		_ = st.Check(context.Background())
		sink.out = nil
	}
	if sent := storagetest.Sent(t, st, at, village3); len(sent) != 1 || !strings.Contains(sent[0], "已登记 #R1") {
		t.Fatalf("warm: sent %q, want 已登记 #R1", sent)
	}
	return srv, st, r
}

// unansweredTimeout is the store's timeout in tests of a commit Redis
// leaves unanswered behind a stall (storagetest.Server.Stall) of seconds:
// short enough that the commit and Made's question both go unanswered
// well within the stall, long enough that a loaded machine's ordinary
// commits, before and after it, are answered (150 ms was not).
const unansweredTimeout = 500 * time.Millisecond

// madeUnsure is a stalledRouter (unansweredTimeout) on which 张三's report
// m, in the group or privately, was left unanswered by a 3 s stall that
// outlasted Made's question too: he was told it may be registered, and
// Redis then made it (已登记 #R2).
func madeUnsure(t *testing.T, sink *directSink, private bool) (*storagetest.Server, *storage.Store, *handlers.Router, bot.Message) {
	t.Helper()
	srv, st, r := stalledRouter(t, unansweredTimeout, sink)
	m := bot.Message{ID: "m1", At: at.Add(time.Minute), Chat: grid3, Private: private, From: "张三", Text: "上报 村口路灯坏了"}
	if private {
		m.Chat = ""
	}
	ended := srv.Stall(t, 3*time.Second)
	if err := r.Handle(context.Background(), m); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("private %v: Handle during the stall = %v, want ErrUnavailable", private, err)
	}
	<-ended
	if len(sink.out) != 1 || !strings.Contains(sink.out[0].Text, "可能已经登记上了") || strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Fatalf("private %v: direct messages = %+v, want one saying it may be registered", private, sink.out)
	}
	has(t, "after the stall", storagetest.Sent(t, st, m.At, village3), "已登记 #R2")
	return srv, st, r, m
}

// TestStalledCommitMayBeMade: Redis stalls (a busy script) past the
// store's timeout while a villager's report waits, and still stalls when
// asked again: he is told it may be registered, not that it was not; the
// real 已登记 follows once Redis runs it; his resend of the same words
// files nothing twice (before: 「没有登记上」, then 已登记, then the resend
// asked 「您已经反映过 #R2」, privately a second item).
func TestStalledCommitMayBeMade(t *testing.T) {
	for _, private := range []bool{false, true} {
		sink := &directSink{}
		_, st, r, m := madeUnsure(t, sink, private)
		m.ID, m.At = "m2", m.At.Add(3*time.Minute)
		resentSilently(t, fmt.Sprintf("private %v", private), r, st, sink, m)
	}
}

// resentSilently handles m on r, 张三's resend of a report made after
// all (#R2, told): nothing is said to him or filed (the village has its
// two items still).
func resentSilently(t *testing.T, label string, r *handlers.Router, st *storage.Store, sink *directSink, m bot.Message) {
	t.Helper()
	ctx := context.Background()
	sink.out = nil
	if err := r.Handle(ctx, m); err != nil {
		t.Fatal(err)
	}
	if got := storagetest.Sent(t, st, m.At, village3); len(got) != 0 || len(sink.out) != 0 {
		t.Errorf("%s: the resend got %q and directly %+v; want nothing (#R2 was told)", label, got, sink.out)
	}
	if reps := storagetest.Must(st.Reports(ctx, village3))(t); len(reps) != 2 {
		t.Errorf("%s: %d items after the resend, want 2", label, len(reps))
	}
}

// TestStalledCommitMadeSaysNothing: Redis stalls past the store's timeout
// and answers again within it: the report was made, so the villager reads
// its 已登记 only, no apology (before: 「没有登记上，请过几分钟再发一次」
// and then 已登记).
func TestStalledCommitMadeSaysNothing(t *testing.T) {
	sink := &directSink{}
	srv, st, r := stalledRouter(t, time.Second, sink)
	m := bot.Message{ID: "m1", At: at.Add(time.Minute), Chat: grid3, From: "张三", Text: "上报 村口路灯坏了"}
	ended := srv.Stall(t, 1500*time.Millisecond) // ends half a timeout into Made's question
	_ = r.Handle(context.Background(), m)        // unanswered, or answered on a slow machine: the same to him
	<-ended
	if len(sink.out) != 0 {
		t.Errorf("direct messages = %+v, want none", sink.out)
	}
	has(t, "after the stall", storagetest.Sent(t, st, m.At, village3), "已登记 #R2")
}

// TestHeldWriteDroppedSaysNotRegistered: Redis holds writes (CLIENT PAUSE
// WRITE) past the store's timeout and drops the held commit with its
// connection, answering reads: asked again, it has no marker of the
// message, so the villager is told plainly it was not registered, and
// his resend files it once.
func TestHeldWriteDroppedSaysNotRegistered(t *testing.T) {
	sink := &directSink{}
	// A timeout long enough for a loaded machine's ordinary commits; the
	// pause outlasts it and is ended by the test itself.
	srv, st, r := stalledRouter(t, time.Second, sink)
	ctx := context.Background()
	if err := srv.Client(t).Do(ctx, "CLIENT", "PAUSE", "20000", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	m := bot.Message{ID: "m1", At: at.Add(time.Minute), Chat: grid3, From: "张三", Text: "上报 村口路灯坏了"}
	if err := r.Handle(ctx, m); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Handle with writes held = %v, want ErrUnavailable", err)
	}
	if len(sink.out) != 1 || !strings.Contains(sink.out[0].Text, "没有登记上") {
		t.Fatalf("direct messages = %+v, want one saying it was not registered", sink.out)
	}
	if err := srv.Client(t).Do(ctx, "CLIENT", "UNPAUSE").Err(); err != nil {
		t.Fatal(err)
	}
	_ = st.Check(ctx)
	m.ID, m.At = "m2", m.At.Add(3*time.Minute)
	if err := r.Handle(ctx, m); err != nil {
		t.Fatal(err)
	}
	has(t, "resend", storagetest.Sent(t, st, m.At, village3), "已登记 #R2")
	if reps := storagetest.Must(st.Reports(ctx, village3))(t); len(reps) != 2 {
		t.Errorf("%d items after the resend, want 2", len(reps))
	}
}
