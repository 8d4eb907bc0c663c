package village

import (
	"testing"
	"time"
)

// TestCall111KinHomeShown: a family's homecoming stays on her lists till
// some days after the day it names (lunar, a date, 过年 = 小年), or a
// month after it was told when it names none.
func TestCall111KinHomeShown(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	told := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for _, tc := range []struct {
		said  string
		day   string // KinHomeDay, "" for none
		until string // the last day shown
	}{
		{"儿子腊月二十回来", "01-27", "02-05"},
		{"她闺女一家过年回来", "01-30", "02-08"},
		{"她孙子15号回来", "12-15", "12-24"},
		{"她儿子要回来", "", "01-06"},
	} {
		d, ok := KinHomeDay(tc.said, told)
		if got := map[bool]string{true: d.Format("01-02"), false: ""}[ok]; got != tc.day {
			t.Errorf("KinHomeDay(%q) = %q, want %q", tc.said, got, tc.day)
		}
		c := Call{KinHome: tc.said, KinHomeAt: told}
		last, _ := time.ParseInLocation("2006-01-02", "2027-"+tc.until, loc)
		if last.Month() == time.December {
			last = last.AddDate(-1, 0, 0)
		}
		if !c.KinHomeShown(last.Add(8*time.Hour)) || c.KinHomeShown(last.AddDate(0, 0, 1).Add(8*time.Hour)) {
			t.Errorf("%q: want shown through %s only", tc.said, tc.until)
		}
	}
	if (Call{}).KinHomeShown(told) {
		t.Error("no news shown")
	}
}
