package village

import (
	"testing"
	"time"
)

// TestAwayBack: the first day a worker phones again, read from what he
// (or his leader) said on Monday 7 December 2026.
func TestAwayBack(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, loc) // a Monday
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, loc) }
	for _, c := range []struct {
		text  string
		back  time.Time
		named bool
	}{
		{"我这几天生病了 在县里住院 电话打不了", day(12, 10), false},
		{"我生病了 电话打不了", day(12, 10), false},
		{"王五请假到15号", day(12, 16), true},
		{"请假到12月20日", day(12, 21), true},
		{"请假到5号", time.Date(2027, 1, 6, 0, 0, 0, 0, loc), true}, // the 5th gone by: next month's
		{"我这周都在外地 电话打不了", day(12, 14), true},
		{"下周都不在村", day(12, 21), true},
		{"住院两天 电话打不了", day(12, 9), true},
		{"请假一个星期", day(12, 14), true},
		{"明天请假", day(12, 9), true},
		// a day beginning a span: away from it (call97)
		{"我明天要去县里开会 这几天打不了电话 电话交给马红梅了", day(12, 11), true},
		{"明天起请假两天", day(12, 10), true},
		{"后天开始去市里培训一个星期 电话打不了", day(12, 16), true},
		{"今天起这几天住院", day(12, 10), true},
		{"请假到9号 这几天电话交给李四", day(12, 10), true},
		{"12月9日回来 这几天打不了", day(12, 9), true},
	} {
		back, named := AwayBack(c.text, now)
		if !back.Equal(c.back) || named != c.named {
			t.Errorf("AwayBack(%q) = %v, %v; want %v, %v", c.text, back, named, c.back, c.named)
		}
	}
	// the first day away, when said for a later day (call98)
	for _, c := range []struct {
		text       string
		from, back time.Time
	}{
		{"明天起我不在 电话请李四打", day(12, 8), day(12, 11)},
		{"明天请假", day(12, 8), day(12, 9)},
		{"我明天要去县里开会 这几天打不了电话", day(12, 8), day(12, 11)},
		{"明天起请假两天", day(12, 8), day(12, 10)},
		{"后天开始去市里培训一个星期 电话打不了", day(12, 9), day(12, 16)},
		{"下周都不在村", day(12, 14), day(12, 21)},
		{"今天起这几天住院", time.Time{}, day(12, 10)},
		{"请假到15号", time.Time{}, day(12, 16)},
		{"我生病了 电话打不了", time.Time{}, day(12, 10)},
		{"12月9日回来 这几天打不了", time.Time{}, day(12, 9)},
	} {
		from, back, _ := AwayDays(c.text, now)
		if !from.Equal(c.from) || !back.Equal(c.back) {
			t.Errorf("AwayDays(%q) = %v, %v; want %v, %v", c.text, from, back, c.from, c.back)
		}
	}
	later := Away{At: now, From: day(12, 8), Back: day(12, 11)}
	if later.On(now) || !later.On(day(12, 8).Add(8*time.Hour)) || !later.Start().Equal(day(12, 8)) {
		t.Errorf("Away from 8 Dec said on the 7th: on the 7th %v, on the 8th %v", later.On(now), later.On(day(12, 8).Add(8*time.Hour)))
	}
	a := Away{Back: day(12, 10)}
	if !a.On(day(12, 9).Add(8*time.Hour)) || a.On(day(12, 10).Add(8*time.Hour)) || !a.LastDay().Equal(day(12, 9)) {
		t.Errorf("Away until 10 Dec: on the 9th %v, on the 10th %v, last day %v", a.On(day(12, 9)), a.On(day(12, 10)), a.LastDay())
	}
}

// TestCover: a leader covers first, else another worker of the grid,
// never the worker himself.
func TestCover(t *testing.T) {
	w := Person{Village: "青山村", Grid: "三组", Name: "王五", Roles: []Role{RoleWorker}}
	l := Person{Village: "青山村", Grid: "三组", Name: "李四", Roles: []Role{RoleLeader}}
	o := Person{Village: "青山村", Grid: "三组", Name: "马六", Roles: []Role{RoleWorker}}
	if p, ok := Cover([]Person{w, o, l}, "青山村", "三组", w.Key()); !ok || p.Name != "李四" {
		t.Errorf("Cover = %v, %v; want 李四", p.Name, ok)
	}
	if p, ok := Cover([]Person{w, o}, "青山村", "三组", w.Key()); !ok || p.Name != "马六" {
		t.Errorf("no leader: Cover = %v, %v; want 马六", p.Name, ok)
	}
	if _, ok := Cover([]Person{w}, "青山村", "三组", w.Key()); ok {
		t.Error("alone in his grid: a cover found")
	}
}

// FuzzAwayDays: never panics; the first day away, when read, is a later
// day than the one it was said on and before the day he is back (call98).
func FuzzAwayDays(f *testing.F) {
	for _, s := range []string{"明天起我不在", "明天请假", "我明天要去县里开会 这几天打不了电话", "后天开始请假一个星期", "下周都不在村", "请假到15号", "12月9日回来"} {
		f.Add(s)
	}
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, loc)
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		from, back, _ := AwayDays(s, now)
		if !back.After(today) {
			t.Errorf("AwayDays(%q): back %v not after today", s, back)
		}
		if !from.IsZero() && (!from.After(today) || !from.Before(back)) {
			t.Errorf("AwayDays(%q) = %v, %v: from not between today and back", s, from, back)
		}
	})
}
