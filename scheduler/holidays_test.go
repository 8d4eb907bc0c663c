package scheduler

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/storage/storagetest"
)

// TestHolidayCheck: with business-day deadlines, a running bot warns every
// day from December on (and in a new year) that sla.holidays lacks the
// year; without business days there is no such job.
func TestHolidayCheck(t *testing.T) {
	cfg, _ := exampleTownship(t)
	if holidayJob(t, Deps{Config: cfg}) != nil {
		t.Fatal("a holiday_check job without sla.business_days")
	}
	cfg.SLA.BusinessDays = true
	var logs bytes.Buffer
	run := holidayJob(t, Deps{Config: cfg, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if run == nil {
		t.Fatal("no holiday_check job with sla.business_days on")
	}
	for _, tt := range []struct {
		at   string
		want string // in the log; "" for nothing
	}{
		{"2026-06-01 09:00", ""},
		{"2026-12-01 09:00", "years=[2027]"},
		{"2027-03-01 09:00", "years=[2027]"},
	} {
		logs.Reset()
		at := storagetest.Must(time.ParseInLocation("2006-01-02 15:04", tt.at, cfg.Location()))(t)
		if err := run(context.Background(), at, at); err != nil {
			t.Fatal(err)
		}
		got := logs.String()
		switch {
		case tt.want == "" && got != "":
			t.Errorf("at %s: logged %q, want nothing", tt.at, got)
		case tt.want != "" && !(strings.Contains(got, "level=WARN") && strings.Contains(got, tt.want)):
			t.Errorf("at %s: logged %q, want a warning with %q", tt.at, got, tt.want)
		}
	}
}

// holidayJob is the Run of the holiday_check job d schedules, or nil.
func holidayJob(t *testing.T, d Deps) func(ctx context.Context, at, now time.Time) error {
	t.Helper()
	for _, j := range Jobs(d) {
		if j.Name == "holiday_check" {
			return j.Run
		}
	}
	return nil
}
