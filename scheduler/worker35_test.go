package scheduler_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/scheduler"
	"gridbot/storage/storagetest"
)

// NextRun is where the sandbox's clock move stops next: every job's next
// run, or with a gap only the runs of jobs not run more often than that
// (the watchdog's every five minutes is left to the next stop), in the
// scheduler's zone; zero when nothing runs again.
func TestNextRunLeavesFrequentJobs(t *testing.T) {
	run := func(context.Context, time.Time, time.Time) error { return nil }
	s := mustNew(t, fakeStore{}, []scheduler.Job{
		{Name: "watchdog", Spec: "*/5 * * * *", Run: run},
		{Name: "calls", Spec: "0 8 * * *", Run: run},
		{Name: "followup", Spec: "15 * * * *", Run: run},
	}, scheduler.Options{})
	// Monday 9 March 2026, 07:51 in Shanghai, given in UTC.
	now := time.Date(2026, 3, 8, 23, 51, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		gap  time.Duration
		want time.Time
	}{
		{"every job", 0, at(9, 7, 55)},
		{"hourly and rarer", time.Hour, at(9, 8, 0)},
		{"daily only", 24 * time.Hour, at(9, 8, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := s.NextRun(now, tc.gap)
			if !got.Equal(tc.want) || got.Location().String() != "Asia/Shanghai" {
				t.Errorf("NextRun(07:51, %v) = %v, want %v in Asia/Shanghai", tc.gap, got, tc.want)
			}
		})
	}
	if got := s.NextRun(at(9, 8, 0), time.Hour); !got.Equal(at(9, 8, 15)) {
		t.Errorf("NextRun(08:00, 1h) = %v, want 08:15 (after now, not at it)", got)
	}
	never := mustNew(t, fakeStore{}, []scheduler.Job{{Name: "never", Spec: "0 0 30 2 *", Run: run}}, scheduler.Options{})
	if got := never.NextRun(now, 0); !got.IsZero() {
		t.Errorf("NextRun of a job that never runs = %v, want zero", got)
	}
}

// A Latest job's occurrences skipped within the hour (the sandbox's walk
// past the watchdog, a slow tick) are not logged at Info; a longer gap is.
func TestLatestSkipsLoggedPastTheHour(t *testing.T) {
	var buf bytes.Buffer
	s := mustNew(t, storagetest.New(t), []scheduler.Job{
		{Name: "watchdog", Spec: "*/5 * * * *", Run: func(context.Context, time.Time, time.Time) error { return nil }, Latest: true},
	}, scheduler.Options{CatchUp: -1, Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	const skip = "the earlier ones are skipped"
	mustRunDue(t, s, []time.Time{at(2, 8, 58), at(2, 9, 40)})
	if strings.Contains(buf.String(), skip) {
		t.Errorf("a 40-minute gap logged at Info:\n%s", buf.String())
	}
	mustRunDue(t, s, []time.Time{at(2, 11, 0)})
	if !strings.Contains(buf.String(), skip) {
		t.Errorf("an 80-minute gap not logged at Info:\n%s", buf.String())
	}
}
