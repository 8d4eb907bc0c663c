package village

import (
	"testing"
	"time"
)

// TestCall105LunarBack (call105): a return said on a lunar day
// (「腊月二十回来」) is that day, the next one from December; a stay till
// it (「住到腊月二十」) is back the day after; 「过了元宵」 stays NewYearBack's.
func TestCall105LunarBack(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string]string{
		"腊月二十回来":    "2027-01-27",
		"腊月二十六回来过年": "2027-02-02",
		"住到腊月二十":    "2027-01-28",
		"正月初六回来":    "2027-02-11",
		"农历十二月廿三回来": "2027-01-30",
		"小年回来":      "2027-01-30",
		"腊八回来":      "2027-01-15",
		"请假到腊月十五":   "2027-01-23",
	} {
		got, ok := BackDay(text, now, FirstDayBack)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("BackDay(%q) = %v %v, want %s", text, got, ok, want)
		}
		if !NamesLunarDay(text, now) {
			t.Errorf("NamesLunarDay(%q) is false", text)
		}
	}
	for _, text := range []string{"过了元宵再回来", "过完年回来", "15号回来", "十二月二十回来"} {
		if NamesLunarDay(text, now) {
			t.Errorf("NamesLunarDay(%q) is true", text)
		}
	}
}

// FuzzCall105LunarBack: a lunar day read from any text is a valid day
// within the table, never a panic.
func FuzzCall105LunarBack(f *testing.F) {
	for _, s := range []string{"腊月二十回来", "正月初六", "农历十二月廿三", "小年", "腊月三十", "冬月初一", "腊月底回来"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		d, _, end, ok := lunarNamedAt(text, StartOfDay(now))
		if ok && (d.Year() < 2024 || d.Year() > 2051 || end > len(text)) {
			t.Errorf("%q read as %v", text, d)
		}
	})
}
