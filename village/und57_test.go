package village

import (
	"testing"
	"time"
)

// TestDayNamedLaterDays: 过两天 is two days on, 过几天 and 改天 some day
// after today, 这两天 of what is to come within a day or two; 这两天 of
// what has been names no day.
func TestDayNamedLaterDays(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.Local)
	for note, want := range map[string]int{
		"过两天就修好": 2, "过几天再来看": 3, "改天去一趟": 1, "这两天就弄好": 1, "过些天修好": 3, "明天修好": 1,
	} {
		day, ok := DayNamed(note, now)
		if !ok || !day.Equal(today.AddDate(0, 0, want)) {
			t.Errorf("DayNamed(%q) = %v, %v; want today+%d", note, day, ok, want)
		}
	}
	for _, note := range []string{"这两天一直停水", "两天没来了", "修好了"} {
		if day, ok := DayNamed(note, now); ok {
			t.Errorf("DayNamed(%q) = %v; want no day", note, day)
		}
	}
}
