package village

import (
	"testing"
	"time"
)

// TestCall107LeaveDay (call107): a later day followed by a leaving word,
// or by who takes her and 接她, is the day a stay begins.
func TestCall107LeaveDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for s, want := range map[string]string{"后天去她姐家住": "2026-12-10", "腊月二十八她儿子接她去城里过年": "2027-02-04", "15号去城里住": "2026-12-15"} {
		if d, ok := LeaveDay(s, now); !ok || d.Format("2006-01-02") != want {
			t.Errorf("LeaveDay(%q) = %s %v, want %s", s, d.Format("2006-01-02"), ok, want)
		}
	}
	for _, s := range []string{"腊月二十回来", "今天去她姐家", "她去她姐家住了", "腊月二十她儿子回来接她"} {
		if d, ok := LeaveDay(s, now); ok {
			t.Errorf("LeaveDay(%q) = %s", s, d.Format("2006-01-02"))
		}
	}
}

// FuzzCall107LeaveDay: any text, no panic; a day read is after today and
// within three months.
func FuzzCall107LeaveDay(f *testing.F) {
	for _, s := range []string{"后天去她姐家住", "腊月二十八她儿子接她去城里过年", "15号", "明天走"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := LeaveDay(s, now); ok && (!d.After(now) || d.Sub(now) > maxAway) {
			t.Errorf("LeaveDay(%q) = %s", s, d)
		}
	})
}
