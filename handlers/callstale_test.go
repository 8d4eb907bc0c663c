package handlers_test

import (
	"testing"
	"time"

	"gridbot/storage"
)

// TestCallLogStaleCopy: process a follows the calls; through process b
// the worker logged a missed call to the elder meanwhile, which left her
// call task open. His 回访 through a that reached her closes that task:
// a's copy, which lacks it, is not what the log is made on.
func TestCallLogStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	a.private("王五", "回访 王奶奶 已通 挺好")
	// the next day: a miss the day she was reached is none (TestMissAfterReached)
	a.now, b.now = a.now.Add(24*time.Hour), b.now.Add(24*time.Hour)
	has(t, "missed through b", b.private("王五", "回访 王奶奶 未接通"), "王奶奶")
	// read through b: a read through a would bring a's copy up to date
	if open := openCalls(t, b); len(open) != 1 {
		t.Fatalf("%d open calls after the miss, want 1", len(open))
	}
	has(t, "reached through a", a.private("王五", "回访 王奶奶 已通 在吃饭 一切正常"), "已记录：王奶奶 已通")
	if open := openCalls(t, a); len(open) != 0 {
		t.Fatalf("open calls %+v, want none: she was reached", open)
	}
}

func openCalls(t *testing.T, c *chat) []string {
	t.Helper()
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range calls {
		out = append(out, x.ID+" "+x.Person+" "+string(x.Status))
	}
	return out
}
