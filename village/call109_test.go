package village

import (
	"testing"
	"time"
)

// TestCall109AfterTheDayLeaves: 「过了腊八…去」, 「腊八以后去」 leave the
// day after 腊八 (call108 read 腊八 itself); a day named plainly still
// leaves on it, and 「过了腊八回来」 is back the day after, as before.
func TestCall109AfterTheDayLeaves(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for s, want := range map[string]string{
		"过了腊八她儿子接她去城里过年":    "2027-01-16",
		"过了腊八去他闺女家住 正月初六回来": "2027-01-16",
		"过完腊八就走":            "2027-01-16",
		"腊八以后去她闺女家住":        "2027-01-16",
		"腊八去她闺女家住":          "2027-01-15",
		"过了15号去城里住":         "2026-12-16",
	} {
		if d, ok := LeaveDay(s, now); !ok || d.Format("2006-01-02") != want {
			t.Errorf("LeaveDay(%q) = %s %v, want %s", s, d.Format("2006-01-02"), ok, want)
		}
	}
	for s, want := range map[string][2]string{
		"过了腊八去他闺女家住 正月初六回来": {"2027-01-16", "2027-02-11"},
		"过了腊八回来": {"", "2027-01-16"},
		"腊八回来":   {"", "2027-01-15"},
	} {
		from, back, ok := absence(s, now, FirstDayBack)
		got := [2]string{"", back.Format("2006-01-02")}
		if !from.IsZero() {
			got[0] = from.Format("2006-01-02")
		}
		if !ok || got != want {
			t.Errorf("absence(%q) = %v %v, want %v", s, got, ok, want)
		}
	}
}

// FuzzCall109PastDay: any text, no panic; a leave day read is after today
// and within three months, and a stay's first day away is before its
// return.
func FuzzCall109PastDay(f *testing.F) {
	for _, s := range []string{"过了腊八她儿子接她去城里过年", "腊八以后去", "过完15号就走", "过了腊八回来"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := LeaveDay(s, now); ok && (!d.After(now) || d.Sub(now) > maxAway) {
			t.Errorf("LeaveDay(%q) = %s", s, d)
		}
		if from, back, ok := absence(s, now, FirstDayBack); ok && !from.IsZero() && !from.Before(back) {
			t.Errorf("absence(%q) = %s..%s", s, from, back)
		}
	})
}
