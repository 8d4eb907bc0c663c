package village

import (
	"testing"
	"time"
)

// FuzzBackDay: whatever is said, a day read is never before today nor
// three months off, and AwayBack is never before tomorrow; a day named
// before a span (「明天…这几天」, call97) is never read as its own last day.
func FuzzBackDay(f *testing.F) {
	for _, s := range []string{"我明天要去县里开会 这几天打不了电话", "明天起请假两天", "后天开始去市里培训一个星期",
		"请假到9号 这几天电话交给李四", "12月9日回来 这几天打不了", "病了两天了 明天回来", "今天起这几天住院", "下周都不在村"} {
		f.Add(s)
	}
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, loc)
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, text string) {
		for _, bare := range []DayMeant{LastDayAway, FirstDayBack} {
			if back, ok := BackDay(text, now, bare); ok && (back.Before(today) || back.Sub(today) >= maxAway+31*24*time.Hour) {
				t.Errorf("BackDay(%q, %v) = %v: out of range", text, bare, back)
			}
		}
		if back, _ := AwayBack(text, now); !back.After(today) {
			t.Errorf("AwayBack(%q) = %v: not after today", text, back)
		}
	})
}

// TestSpanFrom: the span a day named begins (call97).
func TestSpanFrom(t *testing.T) {
	for _, c := range []struct {
		after string
		days  int
		ok    bool
	}{
		{"要去县里开会 这几天打不了电话", DefaultAwayDays, true},
		{"起请假两天", 2, true},
		{"开始培训一个星期", 7, true},
		{"开始培训两个星期", 14, true},
		{"起住院3天", 3, true},
		{"请假", 0, false},
		{"回来 病了两天了", 0, false},
	} {
		if days, ok := spanFrom(c.after); ok != c.ok || ok && days != c.days {
			t.Errorf("spanFrom(%q) = %d, %v; want %d, %v", c.after, days, ok, c.days, c.ok)
		}
	}
}
