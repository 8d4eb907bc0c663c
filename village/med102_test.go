package village

import (
	"testing"
	"time"
)

// TestLunarTableChains: each lunar year of the table ends the day before
// the next one's 正月初一, with 12 months, or 13 with its leap one: a row
// mistyped breaks the chain. 2041–2050 (med102) are checked against the
// Spring Festivals every almanac lists.
func TestLunarTableChains(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	for i, ly := range lunarYears[:len(lunarYears)-1] {
		months := 12
		if ly.leap != 0 {
			months = 13
		}
		days := 0
		for k := range months {
			days += ly.length(k)
		}
		if ly.long>>months != 0 {
			t.Errorf("lunar %d: month bits past its %d months", ly.year, months)
		}
		start := time.Date(ly.year, time.Month(ly.month), ly.day, 0, 0, 0, 0, loc)
		next := lunarYears[i+1]
		if got, want := start.AddDate(0, 0, days), time.Date(next.year, time.Month(next.month), next.day, 0, 0, 0, 0, loc); !got.Equal(want) {
			t.Errorf("lunar %d ends %s, the next starts %s", ly.year, got.Format("2006-01-02"), want.Format("2006-01-02"))
		}
	}
	for _, want := range []string{"2041-02-01", "2042-01-22", "2043-02-10", "2044-01-30", "2045-02-17", "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02", "2050-01-23"} {
		d, _ := time.ParseInLocation("2006-01-02", want, loc)
		if got, ok := lunarDay(d.Year(), 1, 1, loc); !ok || !got.Equal(d) {
			t.Errorf("正月初一 of %d = %s (ok %v), want %s", d.Year(), got.Format("2006-01-02"), ok, want)
		}
	}
}

// TestDueInLunarPast2040: 「腊月二十前给」 said in December 2041 is read
// (it was asked at once when the table ended with lunar 2040).
func TestDueInLunarPast2040(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	for _, c := range []struct{ note, now, want string }{
		{"腊月二十前给", "2041-12-05", "2042-01-11"},
		{"年前给清", "2045-12-10", "2046-02-05"},
		{"正月十五前还", "2049-12-20", "2050-02-06"},
	} {
		now, _ := time.ParseInLocation("2006-01-02", c.now, loc)
		p, ok := DueIn(c.note, now.Add(10*time.Hour))
		if !ok || p.Day.Format("2006-01-02") != c.want {
			t.Errorf("DueIn(%q) at %s = %s (ok %v), want %s", c.note, c.now, p.Day.Format("2006-01-02"), ok, c.want)
		}
	}
}
