package scheduler_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"gridbot/scheduler"
	"gridbot/storage"
)

// downStore is a memStore that fails like a store whose Redis is down
// while down is set.
type downStore struct {
	*memStore
	down atomic.Bool
}

func (d *downStore) fail() error {
	if d.down.Load() {
		return fmt.Errorf("storage: %w: redis is down", storage.ErrUnavailable)
	}
	return nil
}

func (d *downStore) Check(ctx context.Context) error {
	if err := d.fail(); err != nil {
		return err
	}
	return d.memStore.Check(ctx)
}

func (d *downStore) LastRun(ctx context.Context, sc storage.Scope, job string) (time.Time, bool, error) {
	if err := d.fail(); err != nil {
		return time.Time{}, false, err
	}
	return d.memStore.LastRun(ctx, sc, job)
}

func (d *downStore) ClaimRun(ctx context.Context, sc storage.Scope, job string, occ time.Time, ttl time.Duration) (bool, error) {
	if err := d.fail(); err != nil {
		return false, err
	}
	return d.memStore.ClaimRun(ctx, sc, job, occ, ttl)
}

// With Redis down for about half an hour the loop, ticking every minute, logs the
// outage once as an error with what to do, and once when it is over with
// how long it lasted; the ticks in between log at debug level only.
func TestRunLogsStoreOutageOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := &downStore{memStore: newMemStore()}
		rec := &recorder{}
		var logs bytes.Buffer
		s := mustNew(t, st, rec.jobs([]jobSpec{{"evening", "0 20 * * *", succeed}}),
			scheduler.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		time.Sleep(30 * time.Second) // between two ticks of the loop
		st.down.Store(true)
		go func() { done <- s.Run(ctx, time.Now, time.Minute) }()
		time.Sleep(30*time.Minute + 15*time.Second) // between two ticks again
		st.down.Store(false)
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run returned %v after ctx ended, want nil", err)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
			if _, rest, _ := strings.Cut(l, " level="); strings.Contains(rest, `msg="scheduler`) {
				got = append(got, rest)
			}
		}
		if len(got) != 2 || !strings.HasPrefix(got[0], "ERROR") || !strings.Contains(got[0], "redis-server") ||
			!strings.HasPrefix(got[1], "INFO") || !strings.Contains(got[1], `recovered" down_for=31m0s failures=31`) {
			t.Errorf("log:\n%s\nwant one error that says what to do (redis-server), then one recovered after 31m and 31 failures (one a minute)", strings.Join(got, "\n"))
		}
	})
}
