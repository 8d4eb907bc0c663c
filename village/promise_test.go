package village

import (
	"testing"
	"time"
)

func TestPromiseIn(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	tests := []struct {
		name, note, now string
		want            string // By as "2006-01-02 15:04:05", "" when ok is false
		past            bool
	}{
		{"this year", "已联系挖机，预计3月6日前办结", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"号 and 之前", "材料已交镇里，5月1号之前办好", "2026-04-21 14:00", "2026-05-01 23:59:59", false},
		{"以前 with spaces", "预计 3 月 6 日以前修好", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"today", "今天下午去，3月2日前办结", "2026-03-02 10:00", "2026-03-02 23:59:59", false},
		{"year rollover on 30 November", "等开春，预计3月6日前办结", "2026-11-30 16:00", "2027-03-06 23:59:59", false},
		{"year rollover in late December", "预计1月5日前办结", "2026-12-28 09:00", "2027-01-05 23:59:59", false},
		{"a few days gone by is late, not next year", "预计3月6日前办结", "2026-03-10 09:00", "2026-03-06 23:59:59", true},
		{"early January reads last December as gone by", "预计12月28日前办结", "2027-01-05 09:00", "2026-12-28 23:59:59", true},
		{"half a year back is the coming one", "预计12月25日前办结", "2026-06-20 09:00", "2026-12-25 23:59:59", false},
		{"the zone's midnight, not UTC's", "预计3月6日前办结", "2026-03-06 07:30", "2026-03-06 23:59:59", false},
		{"no such day", "预计2月30日前办结", "2026-02-10 09:00", "", false},
		{"no month 13", "预计13月1日前办结", "2026-02-10 09:00", "", false},
		{"a date without 前 promises nothing", "3月6日已经修好了", "2026-03-02 10:00", "", false},
		{"no date", "已联系电工，明天来修", "2026-03-02 10:00", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now, err := time.ParseInLocation("2006-01-02 15:04", tt.now, loc)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := PromiseIn(tt.note, now)
			if tt.want == "" {
				if ok {
					t.Fatalf("PromiseIn(%q) = %v, want none", tt.note, p.By)
				}
				return
			}
			if !ok {
				t.Fatalf("PromiseIn(%q) found none, want %s", tt.note, tt.want)
			}
			if got := p.By.In(loc).Format("2006-01-02 15:04:05"); got != tt.want || p.Past != tt.past {
				t.Errorf("PromiseIn(%q) at %s = %s past %v, want %s past %v", tt.note, tt.now, got, p.Past, tt.want, tt.past)
			}
			if p.By.Location() != loc {
				t.Errorf("By in %v, want the zone of now", p.By.Location())
			}
		})
	}
}

func FuzzPromiseIn(f *testing.F) {
	for _, s := range []string{"预计3月6日前办结", "5月1号之前", "2月30日前", "99月99日前", "3月6日", "1 月 1 日以前", ""} {
		f.Add(s, int64(1772409600))
	}
	f.Fuzz(func(t *testing.T, note string, unix int64) {
		now := time.Unix(unix%(1<<34), 0).UTC()
		p, ok := PromiseIn(note, now)
		if !ok {
			return
		}
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		if p.Past != p.Day.Before(today) {
			t.Errorf("%q at %v: Past %v but day %v", note, now, p.Past, p.Day)
		}
		if d := p.Day.Sub(today); d > 366*24*time.Hour || d < -promiseSlack {
			t.Errorf("%q at %v: day %v is %v from today", note, now, p.Day, d)
		}
		if p.By.Sub(p.Day) != 24*time.Hour-time.Second {
			t.Errorf("%q: By %v is not the end of %v", note, p.By, p.Day)
		}
	})
}
