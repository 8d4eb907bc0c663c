package scheduler

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"gridbot/storage"
)

// conflictOnce fails the first commit of the calls job with ErrConflict,
// as when a worker logs a call while the job runs.
type conflictOnce struct {
	*storage.Store
	failed atomic.Bool
}

func (c *conflictOnce) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if strings.HasPrefix(ch.MsgID, "job:calls:") && c.failed.CompareAndSwap(false, true) {
		return storage.Result{}, storage.ErrConflict
	}
	return c.Store.Commit(ctx, ch)
}

// TestCallsOneMessagePerWorker: each worker gets the day's calls in one
// message; a commit that meets a change is done again, and a re-run of
// the occurrence sends nothing twice.
func TestCallsOneMessagePerWorker(t *testing.T) {
	f := newPointsFixture(t)
	store := &conflictOnce{Store: f.st}
	cfg, people := exampleTownship(t)
	f.use(cfg, people, store)
	// One run: the worker whose commit met the conflict is done again in it.
	out := f.runOnce("calls", "2026-03-02 08:00")
	if !store.failed.Load() {
		t.Fatal("no commit met a conflict: the test proves nothing")
	}
	if again := f.run("calls", "2026-03-02 08:00"); len(again) != 0 {
		t.Errorf("the occurrence run again sent %q, want nothing", again)
	}
	perWorker := map[string]int{}
	for _, o := range out {
		to, text, _ := strings.Cut(o, ": ")
		if !strings.HasPrefix(text, "【电话回访】") {
			t.Errorf("unexpected message %q", o)
		}
		perWorker[to]++
	}
	if perWorker["王五"] != 1 || !strings.Contains(strings.Join(out, "\n"), "王五: 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶") {
		t.Errorf("王五's reminders: %d messages, want one listing 3 calls:\n%s", perWorker["王五"], strings.Join(out, "\n"))
	}
	for w, n := range perWorker {
		if n != 1 {
			t.Errorf("%s got %d messages, want 1", w, n)
		}
	}
	calls, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 {
		t.Fatal("no call tasks stored")
	}
	for _, c := range calls {
		if !c.RemindedAt.Equal(f.at("2026-03-02 08:00")) {
			t.Errorf("call for %s reminded at %v, want the run's time", c.Person, c.RemindedAt)
		}
	}
}
