package village

import (
	"testing"
	"time"
)

// TestCall104SpringBack (call104): 「开春回来」 named no day (a week's
// pause); it is 正月十六 now, and 「住到过年」 小年.
func TestCall104SpringBack(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string]string{
		"开春才回来": "2027-02-21", "天暖和了再回来": "2027-02-21", "住到过年": "2027-01-30", "过完年开春再回来": "2027-02-21",
	} {
		d, ok := NewYearBack(text, now)
		if !ok || d.Format(time.DateOnly) != want {
			t.Errorf("%s: %v %v, want %s", text, d, ok, want)
		}
	}
}
