package village

import (
	"testing"
	"time"
)

// TestBackDayShared: a worker away (AwayBack: a day named plainly is his
// last day away) and an elder in hospital (BackDay with FirstDayBack:
// her first day home) read one way, at a month's end, the year's end, a
// day gone by, 下周一, 下周回来, 过两天 and 月底.
func TestBackDayShared(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, loc) }
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, loc) }
	mon7 := at(2026, 12, 7)   // a Monday
	nov30 := at(2026, 11, 30) // a Monday, a month's last day
	dec28 := at(2026, 12, 28) // a Monday, the year's last week
	dec31 := at(2026, 12, 31) // a Thursday
	for _, c := range []struct {
		text  string
		now   time.Time
		back  time.Time
		named bool
	}{
		{"王五请假到15号", mon7, day(2026, 12, 16), true},
		{"我15号回来", mon7, day(2026, 12, 15), true}, // a back word: his first day back
		{"请假到下周一", mon7, day(2026, 12, 15), true},
		{"下周一回来", mon7, day(2026, 12, 14), true},
		{"我下周回来", mon7, day(2026, 12, 14), true}, // back by next Monday
		{"到下周", mon7, day(2026, 12, 14), true},
		{"下周都不在村", mon7, day(2026, 12, 21), true},
		{"过两天回来", mon7, day(2026, 12, 9), true},
		{"请假两天", mon7, day(2026, 12, 9), true},
		{"病了两天了 电话打不了", mon7, day(2026, 12, 10), false}, // gone by: the default
		{"请假到月底", mon7, day(2027, 1, 1), true},
		{"月底回来", mon7, day(2026, 12, 31), true},
		{"请假到12月3日", mon7, day(2026, 12, 10), false}, // a day gone by names nothing
		{"请假到5号", mon7, day(2027, 1, 6), true},       // the 5th gone by: next month's
		{"明天请假", mon7, day(2026, 12, 9), true},
		{"今天请假", mon7, day(2026, 12, 8), true},
		{"请假到1号", nov30, day(2026, 12, 2), true},
		{"请假到31号", nov30, day(2026, 12, 3), false}, // no 31 November
		{"请假到月底", nov30, day(2026, 12, 1), true},
		{"月底回来", nov30, day(2026, 12, 1), true}, // today: not before tomorrow
		{"请假到1月3日", dec28, day(2027, 1, 4), true},
		{"请假到3号", dec28, day(2027, 1, 4), true},
		{"下周一回来", dec28, day(2027, 1, 4), true},
		{"下周回来", dec31, day(2027, 1, 4), true},
		{"过两天回来", dec31, day(2027, 1, 2), true},
	} {
		back, named := AwayBack(c.text, c.now)
		if !back.Equal(c.back) || named != c.named {
			t.Errorf("AwayBack(%q) on %s = %s, %v; want %s, %v", c.text, c.now.Format("01-02"), back.Format("2006-01-02"), named, c.back.Format("2006-01-02"), c.named)
		}
	}
	for _, c := range []struct {
		text string
		now  time.Time
		back time.Time // zero: none named
	}{
		{"她儿子说她住院了 12月10日出院", mon7, day(2026, 12, 10)},
		{"他说住院了 下周回来", mon7, day(2026, 12, 14)},
		{"住院了 下周一出院", mon7, day(2026, 12, 14)},
		{"要住到15号", mon7, day(2026, 12, 16)},
		{"住院了 15号出院", mon7, day(2026, 12, 15)},
		{"住院了 过两天回家", mon7, day(2026, 12, 9)},
		{"住院两天了", mon7, time.Time{}},
		{"住院了 月底出院", mon7, day(2026, 12, 31)},
		{"住院了 12月3日出院", mon7, time.Time{}},
		{"住院了 1月3日出院", dec28, day(2027, 1, 3)},
		{"住院了 下周回来", dec31, day(2027, 1, 4)},
		{"住院了 三天后回来", dec31, day(2027, 1, 3)},
	} {
		back, ok := BackDay(c.text, c.now, FirstDayBack)
		if ok != !c.back.IsZero() || ok && !back.Equal(c.back) {
			t.Errorf("BackDay(%q, FirstDayBack) on %s = %s, %v; want %s", c.text, c.now.Format("01-02"), back.Format("2006-01-02"), ok, c.back.Format("2006-01-02"))
		}
	}
}
