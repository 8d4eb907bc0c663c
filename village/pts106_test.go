package village

import (
	"testing"
	"time"
)

// TestDeedDayLastMonth: 「上个月28号」 is last month's 28th, over the year's
// turn too (pts106: January's claims of December's deeds); a day last month
// lacks is none.
func TestDeedDayLastMonth(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, loc)
	for text, want := range map[string]string{
		"上个月28号我帮村里铲雪了": "2026-12-28",
		"上月30日扫雪":       "2026-12-30",
		"12月28号帮王奶奶扫雪":  "2026-12-28",
	} {
		if got, named := DeedDay(text, now); !named || got.Format(time.DateOnly) != want {
			t.Errorf("DeedDay(%q) = %v %v; want %s", text, got, named, want)
		}
	}
	march := time.Date(2027, 3, 5, 9, 0, 0, 0, loc)
	if got, named := DeedDay("上个月30号帮五保户挑水", march); named {
		t.Errorf("February has no 30th: DeedDay = %v, want none named", got)
	}
}
