package village

import (
	"testing"
	"time"
)

// TestCall103NewYearBack: a return said by the Spring Festival is read
// from the lunar table (call103).
func TestCall103NewYearBack(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	dec := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for _, tc := range []struct {
		text string
		now  time.Time
		want string // "" for none
	}{
		{"过完年再回来", dec, "2027-02-13"},
		{"年后回来", dec, "2027-02-13"},
		{"过了春节才回家", dec, "2027-02-13"},
		{"过完十五再回来", dec, "2027-02-21"},
		{"元宵以后回", dec, "2027-02-21"},
		{"过年回来", dec, "2027-01-30"},
		{"回来过年", dec, "2027-01-30"},
		{"下周回来", dec, ""},
		// said after this festival's 正月初八: next year's
		{"过完年再回来", time.Date(2027, 3, 1, 9, 0, 0, 0, loc), "2028-02-02"},
		// past the table: none
		{"过完年再回来", time.Date(2051, 3, 1, 9, 0, 0, 0, loc), ""},
	} {
		got, ok := NewYearBack(tc.text, tc.now)
		if s := got.Format(time.DateOnly); ok != (tc.want != "") || ok && s != tc.want {
			t.Errorf("NewYearBack(%q, %s) = %s, %v; want %q", tc.text, tc.now.Format(time.DateOnly), s, ok, tc.want)
		}
	}
}

// FuzzCall103NewYearBack: any text, a day after today or none.
func FuzzCall103NewYearBack(f *testing.F) {
	for _, s := range []string{"过完年再回来", "过了十五", "回来过年", "年", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := NewYearBack(s, now); ok && !d.After(now) {
			t.Errorf("NewYearBack(%q) = %s, not after now", s, d)
		}
	})
}
