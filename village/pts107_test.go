package village

import (
	"testing"
	"time"
)

// TestDeedDayFestival: a deed told by its festival or lunar day (「元旦那天
// 扫雪」, 「除夕帮五保户贴对联」) is the latest such day not after now
// (pts107: 元旦 named no day).
func TestDeedDayFestival(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	for _, c := range []struct{ now, text, want string }{
		{"2026-12-08", "元旦那天扫雪", "2026-01-01"},
		{"2026-12-08", "除夕帮五保户贴对联", "2026-02-16"},
		{"2026-12-08", "春节那天帮王奶奶挑水", "2026-02-17"},
		{"2027-01-05", "申请积分 元旦那天帮村里扫雪", "2027-01-01"},
		{"2027-01-05", "除夕帮五保户贴对联", "2026-02-16"},
		{"2027-02-10", "大年三十帮王奶奶包饺子", "2027-02-05"},
		{"2027-02-10", "大年初一帮村里扫雪", "2027-02-06"},
		{"2027-02-10", "腊月二十三帮五保户扫房子", "2027-01-30"},
	} {
		now, _ := time.ParseInLocation(time.DateOnly, c.now, loc)
		now = now.Add(9 * time.Hour)
		if got, named := DeedDay(c.text, now); !named || got.Format(time.DateOnly) != c.want {
			t.Errorf("DeedDay(%q) at %s = %v %v; want %s", c.text, c.now, got, named, c.want)
		}
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	if _, named := DeedDay("帮王奶奶扫雪", now); named {
		t.Errorf("no festival: a day named")
	}
}
