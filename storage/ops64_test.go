package storage_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// Changes receives when a command finds Redis gone and when one finds it
// back, once each however many commands fail in between, and never while
// Redis answers: a watcher woken by it tells the operator at once.
func TestChangesSignalsGoneAndBackOnce(t *testing.T) {
	var now atomic.Int64
	st, p, _ := proxiedStore(t, &now)
	ctx := context.Background()
	wx := st.WeChat("default")
	seen := func() error { _, err := wx.Seen(ctx, "m1"); return err }
	pending := func() bool {
		select {
		case <-st.Changes():
			return true
		default:
			return false
		}
	}
	for range 3 {
		if err := seen(); err != nil {
			t.Fatal(err)
		}
	}
	if pending() {
		t.Fatal("a change signalled while Redis answers")
	}

	p.setOff(true)
	for range 4 {
		if err := seen(); !errors.Is(err, storage.ErrUnavailable) {
			t.Fatalf("command with Redis gone: %v, want ErrUnavailable", err)
		}
		now.Add(int64(time.Second)) // each command after the first probes
	}
	if !pending() {
		t.Fatal("no change signalled when a command found Redis gone")
	}
	if pending() {
		t.Error("the outage signalled more than once")
	}

	p.setOff(false)
	now.Add(int64(time.Second))
	if err := seen(); err != nil {
		t.Fatalf("command with Redis back: %v", err)
	}
	if !pending() {
		t.Fatal("no change signalled when a command found Redis back")
	}
	_ = seen()
	if pending() {
		t.Error("a change signalled for a command while Redis answers again")
	}
}

// Check looks at once however many probes failed before: a probe client
// kept across probes failed its dials at once after the second failure,
// until its own redial a second later, so Redis back went unseen.
func TestCheckSeesRedisBackAfterManyFailedProbes(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st, err := storage.New(storage.Options{URL: srv.URL, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	ctx := context.Background()
	if err := st.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	srv.Kill()
	if _, err := st.WeChat("default").Seen(ctx, "m1"); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("command with Redis gone: %v, want ErrUnavailable", err)
	}
	for range 3 {
		if err := st.Check(ctx); !errors.Is(err, storage.ErrUnavailable) {
			t.Fatalf("Check with Redis gone: %v, want ErrUnavailable", err)
		}
	}
	srv.Restart(t)
	if err := st.Check(ctx); err != nil {
		t.Errorf("Check with Redis back after failed probes: %v", err)
	}
}
