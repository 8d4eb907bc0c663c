package village

import (
	"testing"
	"time"
)

// TestAfterFestival: a payment put off till after the Spring Festival is
// due by 正月十五 (元宵) of the festival to come (med110).
func TestAfterFestival(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 12, 0, 0, 0, loc)
	for _, c := range []struct {
		note string
		want string // "" for none
	}{
		{"他又说年后再给 一拖再拖", "2027-02-20"},
		{"过完年就还", "2027-02-20"},
		{"春节后一定还清", "2027-02-20"},
		{"某某说过了年再把钱给我", "2027-02-20"},
		{"三年后还", ""},
		{"明年后还", ""},
		{"年后再说吧", ""},
		{"今年年底前还", "2026-12-31"},
	} {
		p, ok := DueIn(c.note, now)
		got := ""
		if ok {
			got = p.Day.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("DueIn(%q) = %q, want %q", c.note, got, c.want)
		}
	}
	// said in 正月 before the 15th: this festival's 元宵
	if p, ok := AfterFestival("年后再还", time.Date(2027, 2, 10, 9, 0, 0, 0, loc)); !ok || p.Day.Format("2006-01-02") != "2027-02-20" {
		t.Errorf("in 正月: %v %v", p.Day, ok)
	}
}

func FuzzAfterFestival(f *testing.F) {
	for _, s := range []string{"他又说年后再给", "过完年就还", "三年后还", "年后", "春节以后一起还清"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := AfterFestival(s, now); ok && (p.Day.Before(now.AddDate(0, 0, -1)) || p.By.Before(p.Day)) {
			t.Fatalf("%q: %v", s, p)
		}
	})
}
