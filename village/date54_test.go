package village

import (
	"testing"
	"time"
)

// TestNoticeDatesOfRanges: the first and last day a notice names, a range
// or list read as one: the second end of 「下周一至周五」 or 「下周六、周日」
// is of the first's week, of 「12月7日至9日」 of its month (the next when
// its day is lower), a bare pair 「周六周日」 said on a Sunday is the coming
// weekend, and a year's end is no exception. Written on Wednesday 2
// December 2026 unless said.
func TestNoticeDatesOfRanges(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	wed := time.Date(2026, 12, 2, 10, 0, 0, 0, loc)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, loc) }
	for _, tc := range []struct {
		text        string
		at          time.Time
		first, last time.Time // zero: none named
	}{
		{"下周一至周五开展冬季防火检查，请各户配合", wed, day(12, 7), day(12, 11)},
		{"下周一到下周三停电检修", wed, day(12, 7), day(12, 9)},
		{"本周五至下周二收医保费", wed, day(12, 4), day(12, 8)},
		{"12月7日至9日停水", wed, day(12, 7), day(12, 9)},
		{"12月7至9号停水", wed, day(12, 7), day(12, 9)},
		{"12月7日-9日停水", wed, day(12, 7), day(12, 9)},
		{"十二月七日到九日停水", wed, day(12, 7), day(12, 9)},
		{"12月30日至1月2日停水", wed, day(12, 30), time.Date(2027, 1, 2, 0, 0, 0, 0, loc)},
		{"12月30日至2日停水", wed, day(12, 30), time.Date(2027, 1, 2, 0, 0, 0, 0, loc)},
		{"周六周日村委会有人值班", wed, day(12, 5), day(12, 6)},
		{"周六周日村委会有人值班", time.Date(2026, 12, 6, 10, 0, 0, 0, loc), day(12, 12), day(12, 13)},
		{"下周六、周日打疫苗", wed, day(12, 12), day(12, 13)},
		{"下周六和周日打疫苗", wed, day(12, 12), day(12, 13)},
		{"下周一开会，周五交表", wed, day(12, 7), day(12, 11)},
		{"周五交表，下周一开会", wed, day(12, 4), day(12, 7)},
		{"12月7日起停水", wed, time.Time{}, time.Time{}},
		{"3月5", wed, time.Time{}, time.Time{}},
		// the year's end: written on Thursday 31 December
		{"下周一至周五开展冬季防火检查", time.Date(2026, 12, 31, 10, 0, 0, 0, loc), time.Date(2027, 1, 4, 0, 0, 0, 0, loc), time.Date(2027, 1, 8, 0, 0, 0, 0, loc)},
		{"周六周日村委会有人值班", time.Date(2026, 12, 31, 10, 0, 0, 0, loc), time.Date(2027, 1, 2, 0, 0, 0, 0, loc), time.Date(2027, 1, 3, 0, 0, 0, 0, loc)},
		{"后天上午开会", time.Date(2026, 12, 31, 10, 0, 0, 0, loc), time.Date(2027, 1, 2, 0, 0, 0, 0, loc), time.Date(2027, 1, 2, 0, 0, 0, 0, loc)},
	} {
		first, last, ok := Notice{Text: tc.text, At: tc.at}.dates()
		if ok != !tc.first.IsZero() || !first.Equal(tc.first) || !last.Equal(tc.last) {
			t.Errorf("%q written %s: got %s–%s (%v), want %s–%s", tc.text, tc.at.Format("01-02"),
				first.Format("2006-01-02"), last.Format("2006-01-02"), ok, tc.first.Format("2006-01-02"), tc.last.Format("2006-01-02"))
		}
	}
}

// TestWeekdaysOnOfRanges: read in a later week, the second end of a range
// is said as the first's week's day, and 每周一至周五 is no day at all.
func TestWeekdaysOnOfRanges(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	thu := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	mon := time.Date(2026, 12, 7, 9, 0, 0, 0, loc)
	for text, want := range map[string]string{
		"下周一至周五开展防火检查": "今天至12月11日开展防火检查",
		"下周六周日打疫苗":     "12月12日12月13日打疫苗",
		"每周一至周五有人值班":   "每周一至周五有人值班",
	} {
		if got := weekdaysOn(text, thu, mon); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
