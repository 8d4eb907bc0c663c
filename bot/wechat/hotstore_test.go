package wechat

import (
	"context"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/config"
)

// The kept sync position never runs ahead of the messages handled:
// openwechat dumps the new SyncKey before it hands the batch over.
func TestHotStoreKeepsOnlyHandledSyncPosition(t *testing.T) {
	h := newHotStore(newCookieJar())
	kept := func(want string) {
		t.Helper()
		b, g, ok := h.keepable()
		got := ""
		if ok {
			got = string(b)
			h.keptUpTo(g)
		}
		if got != want {
			t.Errorf("keepable = %q, want %q", got, want)
		}
	}
	write := func(s string) { _, _ = h.Write([]byte(s)) }
	write("init") // webInit's dump: no batch
	kept("init")
	h.batchDone() // the first sync answer
	write("k2")   // dumped before its batch is handed over
	kept("")
	done := h.take() // the batch's message
	h.batchDone()    // the next sync answer: the batch was handed over
	kept("")
	write("k3") // an empty batch
	h.batchDone()
	kept("")
	done()
	kept("k3")
	for range 100 { // without a keeper (hot login off) old dumps are dropped
		write("k")
		h.batchDone()
	}
	if n := len(h.blobs); n > 2 {
		t.Errorf("%d dumps held, want at most the keepable and the newest", n)
	}
}

// A shutdown handles the messages still queued, and the one being handled
// finishes rather than being cut off.
func TestShutdownDrainsInboundQueue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var handled Received
		h := bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			time.Sleep(3 * time.Second) // an LLM call
			if err := ctx.Err(); err != nil {
				return err
			}
			handled.Add(m.ID)
			return nil
		})
		tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
		tr.o.Handler = h
		st := &seenState{seen: map[string]bool{}}
		tr.o.State = st
		q := tr.queues[0]
		for i := range 5 {
			q <- item{kind: kText, msg: bot.Message{ID: string(rune('a' + i)), Chat: "群"}}
		}
		workUntil(t.Context(), tr, q, func() { time.Sleep(4 * time.Second) })
		if len(handled.All()) != 5 || len(q) != 0 {
			t.Errorf("handled %q, %d left in the queue; want all 5 handled", handled.All(), len(q))
		}
		if len(st.seen) != 5 {
			t.Errorf("marked seen %v, want the 5 handled", st.seen)
		}
	})
}

// seenState is a State that keeps seen marks in memory and the calls of
// Check and Seen in order.
type seenState struct {
	State
	mu    sync.Mutex
	seen  map[string]bool
	calls []string
}

func (s *seenState) Check(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, "check")
	return nil
}

func (s *seenState) Seen(_ context.Context, id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, "seen "+id)
	return s.seen[id], nil
}

func (s *seenState) MarkSeen(_ context.Context, id string, _ time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seen[id] = true
	return nil
}

// A panic while handling one message (a handler chain without
// bot.Recover, or the transport's own code) costs that message only: the
// worker handles the next ones, and the sync position is released.
func TestPanicInHandlerKeepsWorkerAlive(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var handled Received
		h := bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			if m.ID == "b" {
				panic("handler bug")
			}
			handled.Add(m.ID)
			return nil
		})
		tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
		tr.o.Handler = h
		tr.o.State = &seenState{seen: map[string]bool{}}
		hot := newHotStore(newCookieJar())
		q := tr.queues[0]
		for _, id := range []string{"a", "b", "c"} {
			q <- item{kind: kText, msg: bot.Message{ID: id, Chat: "群"}, done: hot.take()}
		}
		workUntil(t.Context(), tr, q, synctest.Wait)
		if diff := cmp.Diff(handled.All(), []string{"a", "c"}); diff != "" {
			t.Errorf("handled (-got +want):\n%s", diff)
		}
		if len(hot.pending) != 0 {
			t.Errorf("messages still pending in the sync position: %v", hot.pending)
		}
	})
}

// workUntil runs tr's worker on q until wait returns, then shuts it down
// and waits for it to end.
func workUntil(ctx context.Context, tr *Transport, q chan item, wait func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { tr.work(ctx, q); close(done) }()
	wait()
	cancel()
	<-done
}

// A handler that hangs (a call that never answers) holds up its chat for
// Options.HandleTimeout, not for good: its context ends, and the next
// messages are handled.
func TestHungHandlerTimesOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var handled Received
		h := bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			if m.ID == "a" {
				<-ctx.Done() // Redis or the LLM never answers
				return ctx.Err()
			}
			handled.Add(m.ID)
			return nil
		})
		tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
		tr.o.Handler = h
		tr.o.State = &seenState{seen: map[string]bool{}}
		q := tr.queues[0]
		for _, id := range []string{"a", "b"} {
			q <- item{kind: kText, msg: bot.Message{ID: id, Chat: "群"}}
		}
		workUntil(t.Context(), tr, q, func() { time.Sleep(time.Hour) })
		if diff := cmp.Diff(handled.All(), []string{"b"}); diff != "" {
			t.Errorf("handled (-got +want):\n%s", diff)
		}
	})
}

// wechat.handle_timeout is the deadline of each message's handling.
func TestHandleTimeoutFromConfig(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		cfg := testConfig(t)
		cfg.WeChat.HandleTimeout = config.Duration(45 * time.Second)
		var left []time.Duration
		h := bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			dl, ok := ctx.Deadline()
			if !ok {
				t.Error("the handler's context has no deadline")
			}
			left = append(left, time.Until(dl)) // fake time: exact
			return nil
		})
		tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
		tr.o.Handler = h
		tr.o.State = &seenState{seen: map[string]bool{}}
		q := tr.queues[0]
		q <- item{kind: kText, msg: bot.Message{ID: "a", Chat: "群"}}
		workUntil(t.Context(), tr, q, synctest.Wait)
		if diff := cmp.Diff(left, []time.Duration{45 * time.Second}); diff != "" {
			t.Errorf("time left to handle (-got +want):\n%s", diff)
		}
	})
}

// A Config built in code, without config.Parse's defaults, still gets
// config's defaults (one source): no message handled with no time at all,
// no image deleted at once.
func TestOptionsTakeConfigDefaults(t *testing.T) {
	cfg := testConfig(t)
	cfg.WeChat.HandleTimeout, cfg.WeChat.ImageDays, cfg.WeChat.ImageBudgetMB = 0, 0, 0
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	def := config.WeChat{}.WithDefaults()
	got := []any{tr.o.HandleTimeout, tr.o.ImageDays, tr.o.ImageBudget}
	want := []any{def.HandleTimeout.Std(), def.ImageDays, int64(def.ImageBudgetMB) << 20}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("handle timeout, image days, image budget (-got +want):\n%s", diff)
	}
}

// Each message first has the store looked at afresh (Store.Check), so that
// one that comes after Redis did is not refused for a probe that failed a
// moment before.
func TestEachMessageChecksTheStoreFirst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
		tr.o.Handler = bot.HandlerFunc(func(context.Context, bot.Message) error { return nil })
		st := &seenState{seen: map[string]bool{}}
		tr.o.State = st
		q := tr.queues[0]
		for _, id := range []string{"a", "b"} {
			q <- item{kind: kText, msg: bot.Message{ID: id, Chat: "群"}}
		}
		workUntil(t.Context(), tr, q, synctest.Wait)
		if diff := cmp.Diff(st.calls, []string{"check", "seen a", "check", "seen b"}); diff != "" {
			t.Errorf("store calls (-got +want):\n%s", diff)
		}
	})
}
