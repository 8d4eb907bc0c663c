package village

import (
	"testing"
	"time"
)

// TestFestivalComing: the next day a festival or lunar day named falls
// on, whatever year the words say: 「腊月二十三」 in December is 小年 weeks
// away, not last February's (DeedDay's); none when the deed after it is
// told done, or no festival is named (pts111).
func TestFestivalComing(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for text, want := range map[string]time.Time{
		"腊月二十三那天帮王奶奶扫房子 能加分不": time.Date(2027, 1, 30, 0, 0, 0, 0, loc),
		"元旦那天帮五保户扫雪":          time.Date(2027, 1, 1, 0, 0, 0, 0, loc),
		"除夕帮村里贴春联":            time.Date(2027, 2, 5, 0, 0, 0, 0, loc),
		"明年元旦":                time.Date(2027, 1, 1, 0, 0, 0, 0, loc),
	} {
		if got, ok := FestivalComing(text, now); !ok || !got.Equal(want) {
			t.Errorf("FestivalComing(%q) = %v %v, want %v", text, got, ok, want)
		}
	}
	for _, text := range []string{"腊月二十三帮王奶奶扫了房子", "昨天帮王奶奶扫房子", ""} {
		if got, ok := FestivalComing(text, now); ok {
			t.Errorf("FestivalComing(%q) = %v, want none", text, got)
		}
	}
}

// FuzzFestivalComing: FestivalComing never panics, and a day it reads is
// a midnight after now's day.
func FuzzFestivalComing(f *testing.F) {
	for _, s := range []string{"腊月二十三", "元旦那天", "农历十月初一", "明年春节", "腊月三十", "正月十五了", ""} {
		f.Add(s)
	}
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FestivalComing(s, now)
		if ok && (!d.After(now) || d.Hour() != 0 || d.Minute() != 0) {
			t.Fatalf("FestivalComing(%q) = %v at %v", s, d, now)
		}
	})
}
