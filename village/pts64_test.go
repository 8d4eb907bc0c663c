package village

import (
	"testing"
	"time"
)

// TestDeedDayWeekday: a deed told by its weekday (周三, 星期五, 礼拜天) was
// done on the latest such day not after the message; 上周三 / 上上周一 on
// last week's or the week before's; 本周一 / 这周一 this week's. A day
// still to come (这周六 on a Friday, 明天) names none: a deed is done.
// Counts of weeks (一周三次), every week's (每周三) and a name (周八) name
// no day.
func TestDeedDayWeekday(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)) // a Friday
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, now.Location()) }
	today := day(12, 4)
	for _, c := range []struct {
		text  string
		want  time.Time
		named bool
	}{
		{"周三帮五保户打扫卫生", day(12, 2), true},
		{"星期五参加义务劳动", today, true},
		{"礼拜六帮王奶奶挑水", day(11, 28), true},
		{"周日打扫村口", day(11, 29), true},
		{"周1修路", day(11, 30), true},
		{"上周三帮五保户打扫卫生", day(11, 25), true},
		{"上个礼拜天去河边捡垃圾", day(11, 29), true},
		{"上星期五", day(11, 27), true},
		{"上上周一义务劳动", day(11, 16), true},
		{"本周一清理河道", day(11, 30), true},
		{"这个星期二", day(12, 1), true},
		{"我周三晚上帮忙搬东西", day(12, 2), true},
		{"昨天（周三）参加义务劳动", day(12, 3), true}, // the words' own day first
		{"这周六去义务劳动", today, false},
		{"明天参加义务劳动", today, false},
		{"每周三帮王奶奶挑水", today, false},
		{"每个星期天打扫卫生", today, false},
		{"一周三次给老人送饭", today, false},
		{"上周三天都在修路", today, false},
		{"周八帮忙记账", today, false},
		{"参加义务劳动", today, false},
	} {
		got, named := DeedDay(c.text, now)
		if !got.Equal(c.want) || named != c.named {
			t.Errorf("DeedDay(%q) = %v, %v; want %v, %v", c.text, got.Format("2006-01-02"), named, c.want.Format("2006-01-02"), c.named)
		}
	}
	// on a Wednesday a bare 周三 is that day; 上周三 a week before
	wed := time.Date(2026, 12, 2, 20, 0, 0, 0, now.Location())
	if got, _ := DeedDay("周三帮五保户打扫卫生", wed); !got.Equal(day(12, 2)) {
		t.Errorf("周三 on a Wednesday = %v, want 2026-12-02", got)
	}
	if got, _ := DeedDay("上周三帮五保户打扫卫生", wed); !got.Equal(day(11, 25)) {
		t.Errorf("上周三 on a Wednesday = %v, want 2026-11-25", got)
	}
}

// FuzzDeedDay: whatever a villager writes, the deed day is a midnight in
// the message's zone, never after the message's day, within a year and a
// half before it, and the message's own day when no day is named.
func FuzzDeedDay(f *testing.F) {
	for _, s := range []string{"周三帮五保户打扫卫生", "上周三", "上上个礼拜天", "这周六", "明天", "12月5日", "31号修路",
		"一周三次", "每周三", "周八", "上周三天", "昨天周三", "2月30日", "星期7", "礼拜", "上个星期"} {
		f.Add(s, int64(0))
	}
	base := time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, text string, shift int64) {
		now := base.Add(time.Duration(shift%(800*24)) * time.Hour)
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
		got, named := DeedDay(text, now)
		switch {
		case got.Location() != now.Location() || got.Hour() != 0 || got.Minute() != 0 || got.Second() != 0:
			t.Fatalf("DeedDay(%q, %v) = %v: not a midnight in the message's zone", text, now, got)
		case got.After(today):
			t.Fatalf("DeedDay(%q, %v) = %v: after the message's day", text, now, got)
		case got.Before(today.AddDate(0, -18, 0)):
			t.Fatalf("DeedDay(%q, %v) = %v: too long before", text, now, got)
		case !named && !got.Equal(today):
			t.Fatalf("DeedDay(%q, %v) = %v unnamed, want the message's day", text, now, got)
		}
	})
}
