package village

import (
	"testing"
	"time"
)

// TestWeekdaysOfListsWithNextWeek: on Monday 7 December a 下周 before a
// list's later days is theirs (下周二和周四: both next week, a time of day
// between them too, 与/跟 as 和), and a list of one named week stays in it
// when a later day comes first (下周四和周二); a bare weekday before a
// 下周X is this week's (周四和下周二: this Thursday); a range still runs on
// into the next week (下周四至周二).
func TestWeekdaysOfListsWithNextWeek(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	mon := time.Date(2026, 12, 7, 9, 0, 0, 0, loc)
	day := func(d int) string { return time.Date(2026, 12, d, 0, 0, 0, 0, loc).Format("01-02") }
	for text, want := range map[string][]string{
		"下周二和周四上午体检":   {day(15), day(17)},
		"下周二上午和周四下午体检": {day(15), day(17)},
		"下周二9点和周四体检":   {day(15), day(17)},
		"下周二与周四体检":     {day(15), day(17)},
		"下周二、周四体检":     {day(15), day(17)},
		"周四和下周二上午体检":   {day(10), day(15)},
		"周四、下周二体检":     {day(10), day(15)},
		"周四上午和下周二下午体检": {day(10), day(15)},
		"下周四和周二体检":     {day(17), day(15)},
		"本周四和周二收费":     {day(10), day(8)},
		"下周四至周二停水":     {day(17), day(22)},
		"下周一开会，周五交表":   {day(14), day(18)},
		"周六周日村委会有人值班":  {day(12), day(13)},
		"下周六、周日打疫苗":    {day(19), day(20)},
	} {
		var got []string
		for _, d := range (Notice{Text: text, At: mon}).RelativeDays() {
			got = append(got, d.Day.Format("01-02"))
		}
		if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("%q on Monday: got %v, want %v", text, got, want)
		}
	}
	// read in the next week, this Thursday is a date gone by, next
	// Tuesday 明天 (weekdaysOn)
	if got, want := weekdaysOn("周四和下周二上午体检", mon, mon.AddDate(0, 0, 7)), "12月10日和明天上午体检"; got != want {
		t.Errorf("read a week later: %q, want %q", got, want)
	}
	if got, want := weekdaysOn("下周二和周四上午体检", mon, mon.AddDate(0, 0, 7)), "明天和12月17日上午体检"; got != want {
		t.Errorf("read a week later: %q, want %q", got, want)
	}
}

// TestDatedShowsAnotherYear: the year is written for a day of another
// year gone by, or more than two months to come; never for this year's.
func TestDatedShowsAnotherYear(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 9, 0, 0, 0, loc) }
	now := d(2026, 12, 28)
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{d(2027, 1, 5), "1月5日"},
		{d(2027, 2, 27), "2月27日"},
		{d(2027, 3, 1), "2027年3月1日"},
		{d(2025, 12, 5), "2025年12月5日"},
		{d(2026, 3, 1), "3月1日"},
		{d(2028, 1, 5), "2028年1月5日"},
	} {
		if got := Dated(tc.t, now, DateLayout); got != tc.want {
			t.Errorf("%s read on 2026-12-28: %q, want %q", tc.t.Format("2006-01-02"), got, tc.want)
		}
	}
	if got := Dated(d(2026, 12, 30), d(2027, 1, 2), DateLayout+" 15:04"); got != "2026年12月30日 09:00" {
		t.Errorf("last year's day and time: %q", got)
	}
}
