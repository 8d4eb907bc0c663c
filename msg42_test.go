package main

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/storage/storagetest"
)

// TestSandboxHeldRunsFailureLoggedOnce: with its Redis stopped, the
// sandbox's page polls /api/clock on and on; the runs held over the quiet
// hours cannot be listed, which is logged once for the outage, not at
// every poll, and once when Redis answers again. The page still gets its
// clock.
func TestSandboxHeldRunsFailureLoggedOnce(t *testing.T) {
	srv := storagetest.NeedServer(t)
	logged := &lockedBuffer{}
	sb := startSandboxLog(t, slog.New(slog.NewTextHandler(logged, nil)), "-v", "-redis", srv.DialOnceURL())
	var got struct{ Clock struct{ Text string } }
	const failed, back = "cannot list the runs held over the quiet hours", "sandbox: held runs: recovered"
	srv.Kill()
	for range 5 {
		sb.clock(t, "", &got)
		if got.Clock.Text == "" {
			t.Fatalf("no clock on the page while Redis is down")
		}
	}
	if n := strings.Count(logged.String(), failed); n != 1 {
		t.Errorf("the held runs' failure logged %d times over 5 polls, want once:\n%s", n, logged)
	}
	srv.Restart(t)
	// the store may wait a moment before it dials again: poll until
	// it answers (the test's own deadline bounds a store that never does)
	for !strings.Contains(logged.String(), back) {
		sb.clock(t, "", &got)
		time.Sleep(50 * time.Millisecond)
	}
	for range 3 {
		sb.clock(t, "", &got)
	}
	if n, m := strings.Count(logged.String(), failed), strings.Count(logged.String(), back); n != 1 || m != 1 {
		t.Errorf("failure logged %d times, recovery %d times, want once each:\n%s", n, m, logged)
	}
}
