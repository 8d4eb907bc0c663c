package storage_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// settled waits until the proxy has counted every connection the store's
// client opened, and returns the count. The client's dials have all
// returned when a command does, but the proxy accepts a connection in its
// own goroutine, and may count it a moment after the client gave up on it.
// A bound stops a test that would otherwise hang.
func (p *lossyProxy) settled(tb testing.TB, dials *storage.DialCount) int64 {
	tb.Helper()
	for range 10000 {
		n, begun := p.accepts.Load(), dials.Begun.Load()
		if n == begun && begun == dials.Ended.Load() {
			return n
		}
		time.Sleep(time.Millisecond)
	}
	tb.Fatalf("the proxy counted %d connections, the client opened %d", p.accepts.Load(), dials.Begun.Load())
	return 0
}

// proxiedStore is a Store reaching a private redis-server through a
// lossyProxy, on the clock now (nanoseconds), probing every second.
func proxiedStore(t *testing.T, now *atomic.Int64) (*storage.Store, *lossyProxy, *storagetest.Server) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	p := newLossyProxy(t, strings.TrimPrefix(srv.URL, "unix://"))
	st, err := storage.New(storage.Options{URL: "redis://" + p.ln.Addr().String(), Timeout: time.Second,
		ProbeEvery: time.Second, Now: func() time.Time { return time.Unix(0, now.Load()) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st, p, srv
}

// With Redis gone, once a command has found it so, commands fail at once
// without a connection attempt; one PING (one connection, no retry) every
// ProbeEvery looks for it, and Check looks at once, so the first command
// after Redis is back is not refused.
func TestRedisDownFailsFastAndComesBack(t *testing.T) {
	var now atomic.Int64
	st, p, _ := proxiedStore(t, &now)
	dials := storage.CountDials(st)
	ctx := context.Background()
	wx := st.WeChat("default")
	seen := func() error { _, err := wx.Seen(ctx, "m1"); return err }
	if err := seen(); err != nil {
		t.Fatal(err)
	}

	p.setOff(true)
	if err := seen(); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("first command with Redis gone: %v, want ErrUnavailable", err)
	}
	before, dialed := p.settled(t, dials), dials.Begun.Load()
	for range 5 {
		if err := seen(); !errors.Is(err, storage.ErrUnavailable) {
			t.Fatalf("command with Redis known down: %v, want ErrUnavailable", err)
		}
	}
	if n := dials.Begun.Load() - dialed; n != 0 {
		t.Errorf("%d dials for 5 commands with Redis known down, want 0", n)
	}
	if n := p.settled(t, dials) - before; n != 0 {
		t.Errorf("%d connection attempts for 5 commands with Redis known down, want 0", n)
	}

	now.Add(int64(time.Second)) // a probe is due
	if err := seen(); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("command after the probe time: %v, want ErrUnavailable", err)
	}
	if n := p.accepts.Load() - before; n != 1 {
		t.Errorf("%d connection attempts for the due probe, want 1 (no retry)", n)
	}

	p.setOff(false) // Redis is back; the clock has not moved
	if err := seen(); !errors.Is(err, storage.ErrUnavailable) {
		t.Errorf("before a probe: %v, want the command refused still", err)
	}
	if err := st.Check(ctx); err != nil {
		t.Fatalf("Check with Redis back: %v", err)
	}
	if err := seen(); err != nil {
		t.Errorf("command after Check found Redis back: %v", err)
	}
}

// An error reply is an answer, not an outage: the next command still goes
// to Redis.
func TestErrorReplyIsNoOutage(t *testing.T) {
	var now atomic.Int64
	st, p, srv := proxiedStore(t, &now)
	ctx := context.Background()
	if err := srv.Client(t).LPush(ctx, "gb:wx:{default}:bind", "x").Err(); err != nil {
		t.Fatal(err)
	}
	wx := st.WeChat("default")
	if _, err := wx.Bindings(ctx); err == nil {
		t.Fatal("reading a list as a hash succeeded")
	}
	p.setOff(true)
	before := p.accepts.Load()
	_, _ = wx.Seen(ctx, "m1")
	if p.accepts.Load() == before {
		t.Error("the command after an error reply was refused without trying Redis")
	}
}
