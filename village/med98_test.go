package village

import (
	"strings"
	"testing"
	"time"
)

// TestDueIn: the day a mediation's settlement is due, with 前 (a
// promise) or without it, or within a number of days.
func TestDueIn(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	for _, tt := range []struct{ name, note, want string }{
		{"promise", "两家谈妥了 陈二赔张三500元 下周一前给", "2026-03-09 23:59:59"},
		{"day without 前", "陈二下周一给张三500块", "2026-03-09 23:59:59"},
		{"month's end", "说好了 月底还清", "2026-03-31 23:59:59"},
		{"date with the money", "3月20号把钱送过去", "2026-03-20 23:59:59"},
		{"days within", "三天内把墙拆回原界", "2026-03-05 23:59:59"},
		{"days in digits", "陈二5天之内赔300元", "2026-03-07 23:59:59"},
		{"a week within", "一个星期内还清", "2026-03-09 23:59:59"},
		{"two weeks", "两周以内给", "2026-03-16 23:59:59"},
		{"half a month", "半个月内给完", "2026-03-17 23:59:59"},
		{"no day", "两家谈妥了 陈二赔张三500元", ""},
		{"half a day is no day to wait for", "半天内拆掉", ""},
		{"a day told of what was done", "3月1日已经给了", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			now, err := time.ParseInLocation("2006-01-02 15:04", "2026-03-02 14:00", loc)
			if err != nil {
				t.Fatal(err)
			}
			wantDue(t, tt.note, tt.note, now, tt.want)
		})
	}
}

func FuzzDueIn(f *testing.F) {
	for _, s := range []string{"下周一前给", "下周一给", "月底还清", "3月20号把钱送过去", "三天内拆", "5天之内赔", "一个星期内",
		"两周以内", "半个月内", "半天内", "九十九个月内", "十十天内", ""} {
		f.Add(s, int64(1772409600))
	}
	f.Fuzz(func(t *testing.T, note string, unix int64) {
		now := time.Unix(unix%(1<<34), 0).UTC()
		p, ok := DueIn(note, now)
		if !ok {
			return
		}
		if p.By.Sub(p.Day) != 24*time.Hour-time.Second || !p.Day.Equal(StartOfDay(p.Day)) {
			t.Errorf("%q: By %v is not the end of %v", note, p.By, p.Day)
		}
		// a promise (with 前) reads as PromiseIn reads it
		if q, ok := PromiseIn(note, now); ok && !q.Day.Equal(p.Day) {
			t.Errorf("%q: DueIn %v, PromiseIn %v", note, p.Day, q.Day)
		}
		today := StartOfDay(now)
		if d := p.Day.Sub(today); d > 9*366*24*time.Hour || d < -promiseSlack && strings.Contains(note, "前") {
			t.Errorf("%q at %v: day %v is %v from today", note, now, p.Day, d)
		}
	})
}

// wantDue checks DueIn(text, now) (text is note, or note read for it)
// against want, a "2006-01-02 15:04:05" deadline in now's zone, or "" for none.
func wantDue(t *testing.T, note, text string, now time.Time, want string) {
	t.Helper()
	p, ok := DueIn(text, now)
	switch {
	case want == "" && ok:
		t.Fatalf("DueIn(%q) = %v, want none", note, p.By)
	case want == "":
	case !ok:
		t.Fatalf("DueIn(%q) found none, want %s", note, want)
	default:
		if got := p.By.In(now.Location()).Format("2006-01-02 15:04:05"); got != want {
			t.Errorf("DueIn(%q) = %s, want %s", note, got, want)
		}
	}
}
