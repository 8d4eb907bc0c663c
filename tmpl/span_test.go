package tmpl

import (
	"testing"
	"time"
)

// durationCase is a duration and how it is said.
type durationCase struct {
	d    time.Duration
	want string
}

// saysEach checks that f, named name, says each case's duration as wanted.
func saysEach(t *testing.T, name string, f func(time.Duration) string, cases []durationCase) {
	t.Helper()
	for _, tt := range cases {
		if got := f(tt.d); got != tt.want {
			t.Errorf("%s(%v) = %q, want %q", name, tt.d, got, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	saysEach(t, "Span", Span, []durationCase{
		{0, "不到1分钟"},
		{30 * time.Second, "不到1分钟"},
		{time.Minute, "1分钟"},
		{15 * time.Minute, "15分钟"},
		{90 * time.Minute, "1小时30分钟"},
		{24 * time.Hour, "24小时"},
		{36 * time.Hour, "36小时"},
		{48 * time.Hour, "2天"},
		{7 * 24 * time.Hour, "7天"},
		{49*time.Hour + 30*time.Second, "49小时"},
	})
}

func TestDeadline(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 3, 3, 10, 0, 0, 0, loc)
	for _, tt := range []struct {
		due      time.Time
		withTime bool
		want     string
	}{
		{time.Date(2026, 3, 3, 8, 0, 0, 0, loc), false, "今天08:00"},
		{time.Date(2026, 3, 2, 23, 59, 0, 0, loc), false, "昨天23:59"},
		{time.Date(2026, 3, 4, 0, 0, 0, 0, loc), false, "今天23:59"},
		{time.Date(2026, 3, 3, 0, 0, 0, 0, loc), false, "昨天23:59"},
		{time.Date(2026, 3, 6, 0, 0, 0, 0, loc), false, "3月5日"},
		{time.Date(2026, 3, 6, 0, 0, 0, 0, loc), true, "3月5日 23:59"},
		{time.Date(2026, 3, 4, 0, 1, 0, 0, loc), false, "明天00:01"},
		{time.Date(2026, 3, 1, 18, 0, 0, 0, loc), false, "3月1日"},
		{time.Date(2026, 3, 1, 18, 0, 0, 0, loc), true, "3月1日 18:00"},
		{time.Date(2025, 3, 3, 8, 0, 0, 0, loc), false, "2025年3月3日"},  // a year gone by says it (date59)
		{time.Date(2026, 3, 4, 20, 59, 59, 0, loc), false, "明天21:00"}, // out of the quiet hours (night82)
		{time.Date(2026, 3, 6, 20, 59, 59, 0, loc), true, "3月6日 21:00"},
		{time.Date(2026, 3, 3, 23, 59, 59, 0, loc), false, "今天23:59"}, // the end of a day keeps its day
	} {
		if got := Deadline(tt.due, now, tt.withTime); got != tt.want {
			t.Errorf("Deadline(%v, withTime %v) = %q, want %q", tt.due, tt.withTime, got, tt.want)
		}
	}
}
