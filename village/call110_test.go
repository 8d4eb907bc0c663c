package village

import (
	"testing"
	"time"
)

// TestCall110YearEndLeave: a leave said only as before the festival is
// 小年; a back word is no leave; a day said is that day.
func TestCall110YearEndLeave(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for text, want := range map[string]string{
		"年前会来接她去城里":       "01-30",
		"年底她儿子接她走":        "01-30",
		"腊月二十六接她去城里":      "02-02",
		"年前回来":            "",
		"她闺女一家过年回来 年前来接她": "01-30",
	} {
		d, ok := LeaveDay(text, now)
		got := ""
		if ok {
			got = d.Format("01-02")
		}
		if got != want {
			t.Errorf("LeaveDay(%q) = %q, want %q", text, got, want)
		}
		if YearEndLeave(text, now) != (want == "01-30") {
			t.Errorf("YearEndLeave(%q) = %v", text, !(want == "01-30"))
		}
	}
}

// FuzzCall110YearEndLeave: any text, a leave day after today or none.
func FuzzCall110YearEndLeave(f *testing.F) {
	for _, s := range []string{"年前会来接她去城里", "年底走", "年前", "过年前去"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := LeaveDay(s, now); ok && !d.After(now) {
			t.Fatalf("LeaveDay(%q) = %v, not after now", s, d)
		}
		_ = YearEndLeave(s, now)
	})
}
