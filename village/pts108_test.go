package village

import (
	"testing"
	"time"
)

// TestFestivalAhead: a festival said of the year to come (「明年元旦」,
// 「来年春节」) is a day still to come, not the last one (pts108), and
// names no deed done; one said alone is the last, as before.
func TestFestivalAhead(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string]time.Time{
		"明年元旦帮王奶奶扫雪":   time.Date(2027, 1, 1, 0, 0, 0, 0, loc),
		"明年的元旦":        time.Date(2027, 1, 1, 0, 0, 0, 0, loc),
		"来年春节回来帮村里贴春联": time.Date(2027, 2, 6, 0, 0, 0, 0, loc),
	} {
		got, ok := FestivalAhead(text, now)
		if !ok || !got.Equal(want) {
			t.Errorf("FestivalAhead(%q) = %v %v, want %v", text, got, ok, want)
		}
		if d, named := DeedDay(text, now); named {
			t.Errorf("DeedDay(%q) = %v: a day to come named as done", text, d)
		}
	}
	if _, ok := FestivalAhead("元旦那天扫雪", now); ok {
		t.Errorf("FestivalAhead(元旦那天): a festival said alone is the last one")
	}
	if d, named := DeedDay("元旦那天扫雪", now); !named || !d.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, loc)) {
		t.Errorf("DeedDay(元旦那天) = %v %v, want 2026-01-01", d, named)
	}
}

// FuzzFestivalAhead: FestivalAhead never panics, and a day it reads is a
// midnight in a later year than now's.
func FuzzFestivalAhead(f *testing.F) {
	for _, s := range []string{"明年元旦", "来年春节", "明年腊月二十三", "下一年除夕", "元旦", "明年农历十二月初八", "明年 的 中秋"} {
		f.Add(s, int64(0))
	}
	base := time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, text string, shift int64) {
		now := base.Add(time.Duration(shift%(800*24)) * time.Hour)
		got, ok := FestivalAhead(text, now)
		if ok && (got.Year() <= now.Year() || got.Hour() != 0 || got.Location() != now.Location()) {
			t.Fatalf("FestivalAhead(%q, %v) = %v: not a midnight of a later year", text, now, got)
		}
	})
}
