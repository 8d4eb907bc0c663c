package village

import (
	"testing"
	"time"
)

// TestMonthDayDone: a month and day written out, with the deed after it
// told done, is the latest such day not after today (pts109: 「3月8号…挑了
// 水」 said in December was next March's, a deed "to come"); without 了
// the nearest day stands (pts107's 「12月28号」 on the 8th is to come).
func TestMonthDayDone(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string]time.Time{
		"3月8号帮五保户王奶奶挑了水 能加分不": time.Date(2026, 3, 8, 0, 0, 0, 0, loc),
		"2月3日去敬老院打扫过卫生":       time.Date(2026, 2, 3, 0, 0, 0, 0, loc),
		"12月28号帮王奶奶扫了雪":       time.Date(2025, 12, 28, 0, 0, 0, 0, loc),
		"11月3号帮王奶奶劈柴":         time.Date(2026, 11, 3, 0, 0, 0, 0, loc),
	} {
		if got, named := DeedDay(text, now); !named || !got.Equal(want) {
			t.Errorf("DeedDay(%q) = %v %v, want %v", text, got, named, want)
		}
	}
	for _, text := range []string{"12月28号帮王奶奶扫雪", "3月8号过来帮忙", "1月5号过年回来再扫"} {
		if got, named := DeedDay(text, now); named {
			t.Errorf("DeedDay(%q) = %v: a day to come (no deed told done) named", text, got)
		}
	}
}
