package village

import (
	"testing"
	"time"
)

// TestCall106BackDay (call106): a day named as the day one leaves
// (「过两天去她闺女家 住到正月初六」) is no return: the later day is, and
// the stay begins on the first; 「正月十五以后回来」, 「过了十五回来」 are
// back the day after.
func TestCall106BackDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string][2]string{
		"过两天去她闺女家 住到正月初六":   {"2026-12-10", "2027-02-12"},
		"过两天去她闺女家住到正月初六":    {"2026-12-10", "2027-02-12"},
		"明天走 12月20号回来":      {"2026-12-09", "2026-12-20"},
		"她闺女后天接她去城里 住到腊月二十": {"2026-12-10", "2027-01-28"},
		"正月十五以后回来":          {"", "2027-02-21"},
		"过了正月十五回来":          {"", "2027-02-21"},
		"15号以后回来":           {"", "2026-12-16"},
		"明天去医院 后天回来":        {"2026-12-09", "2026-12-10"}, // counted from today, not from the leaving day
		"15号回来":             {"", "2026-12-15"},
		"住到腊月二十":            {"", "2027-01-28"},
	} {
		from, back, ok := absence(text, now, FirstDayBack)
		f := ""
		if !from.IsZero() {
			f = from.Format("2006-01-02")
		}
		if !ok || f != want[0] || back.Format("2006-01-02") != want[1] {
			t.Errorf("absence(%q) = %s %s %v, want %v", text, f, back.Format("2006-01-02"), ok, want)
		}
	}
}

// FuzzCall106BackDay: a leave day or an after-day word in any text reads
// a return on or after today, within maxAway, never a panic.
func FuzzCall106BackDay(f *testing.F) {
	for _, s := range []string{"过两天去她闺女家 住到正月初六", "正月十五以后回来", "过了十五回来", "明天走", "后天接她去 住到15号", "以后回来", "过完"} {
		f.Add(s)
	}
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	today := StartOfDay(now)
	f.Fuzz(func(t *testing.T, text string) {
		from, back, ok := absence(text, now, FirstDayBack)
		if !ok {
			return
		}
		if back.Before(today) || back.Sub(today) > maxAway+24*time.Hour {
			t.Errorf("absence(%q) back %v out of range", text, back)
		}
		if !from.IsZero() && from.After(back) {
			t.Errorf("absence(%q) from %v after back %v", text, from, back)
		}
	})
}
