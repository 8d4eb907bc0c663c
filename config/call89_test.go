package config

import (
	"testing"
	"time"
)

// TestWarningCalls: a warning's calls are due on today's list while it is
// still to come, at once in the day, and on tomorrow's list from 18:00 and
// in quiet hours (call89).
func TestWarningCalls(t *testing.T) {
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	loc := c.Location()
	at := func(s string) time.Time {
		t.Helper()
		v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		read, due string
		listed    bool
	}{
		{"2026-12-06 07:15", "2026-12-06 08:00", true},
		{"2026-12-06 02:00", "2026-12-06 08:00", true},
		{"2026-12-06 08:00", "2026-12-06 08:00", false},
		{"2026-12-06 15:30", "2026-12-06 15:30", false},
		{"2026-12-06 17:59", "2026-12-06 17:59", false},
		{"2026-12-06 18:00", "2026-12-07 08:00", true},
		{"2026-12-06 23:30", "2026-12-07 08:00", true},
	} {
		due, listed := c.WarningCalls(at(tc.read))
		if !due.Equal(at(tc.due)) || listed != tc.listed {
			t.Errorf("WarningCalls(%s) = %s %v, want %s %v", tc.read, due.In(loc).Format("01-02 15:04"), listed, tc.due, tc.listed)
		}
	}
}
