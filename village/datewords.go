package village

import "time"

// DateLayout is how a text writes a day: "1月5日".
const DateLayout = "1月2日"

// ShowsYear reports whether a text read at now writes day t with its year:
// when t is in another year and is gone by (「2025年12月5日」 read in
// 2026), or is more than two months to come (「2027年3月1日」 read on 28
// December 2026). A day of next January read in late December needs none:
// 「1月5日」 can only be the coming one. Both are read in t's zone.
func ShowsYear(t, now time.Time) bool {
	now = now.In(t.Location())
	if t.Year() == now.Year() {
		return false
	}
	return t.Before(now) || t.After(now.AddDate(0, 2, 0))
}

// Dated formats t by layout ("1月2日", "1月2日 15:04"), after its year
// ("2006年") when ShowsYear: the one rule for every date a text shows.
func Dated(t, now time.Time, layout string) string {
	if ShowsYear(t, now) {
		return t.Format("2006年") + t.Format(layout)
	}
	return t.Format(layout)
}
