package village

import (
	"regexp"
	"strconv"
	"strings"
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
		{"Chinese numerals", "预计三月六日前办结", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"Chinese numerals with 十", "三月十日之前修好", "2026-03-02 10:00", "2026-03-10 23:59:59", false},
		{"Chinese numerals with 二十", "十二月二十六号以前办好", "2026-11-30 10:00", "2026-12-26 23:59:59", false},
		{"digits and 号前", "材料齐了，3月6号前办结", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"mixed digits and numerals", "3月十六日前", "2026-03-02 10:00", "2026-03-16 23:59:59", false},
		{"no Chinese 2月30日", "二月三十日前办结", "2026-02-10 09:00", "", false},
		{"no Chinese month 十三", "十三月一日前", "2026-02-10 09:00", "", false},
		{"month's end", "3月底前修好", "2026-03-02 10:00", "2026-03-31 23:59:59", false},
		{"month's end in Chinese, next year", "要等开春，三月底前办结", "2026-11-30 10:00", "2027-03-31 23:59:59", false},
		{"February's end next year", "2月底前", "2026-11-30 10:00", "2027-02-28 23:59:59", false},
		{"下周五 on a Monday", "已联系挖机，下周五前办结", "2026-03-02 10:00", "2026-03-13 23:59:59", false},
		{"本周五", "本周五前修好", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"这周五之前", "这周五之前办好", "2026-03-02 10:00", "2026-03-06 23:59:59", false},
		{"周五 on a Saturday is the coming one", "周五前修好", "2026-03-07 10:00", "2026-03-13 23:59:59", false},
		{"周五 on a Friday is today", "周五前修好", "2026-03-06 10:00", "2026-03-06 23:59:59", false},
		{"下周一 on a Sunday is the next day", "下周一前办结", "2026-03-08 10:00", "2026-03-09 23:59:59", false},
		{"星期天", "星期天前修好", "2026-03-02 10:00", "2026-03-08 23:59:59", false},
		{"礼拜三以前", "礼拜三以前修好", "2026-03-02 10:00", "2026-03-04 23:59:59", false},
		{"下个星期二", "下个星期二前", "2026-03-04 10:00", "2026-03-10 23:59:59", false},
		{"上周五 is gone by", "上周五前就报过电力所了", "2026-03-02 10:00", "2026-02-27 23:59:59", true},
		{"月底", "月底前办结", "2026-03-02 10:00", "2026-03-31 23:59:59", false},
		{"本月底 in December", "本月底前办结", "2026-12-10 10:00", "2026-12-31 23:59:59", false},
		{"下个月底 in January", "下个月底之前", "2026-01-15 10:00", "2026-02-28 23:59:59", false},
		{"下月末 in December is January's", "下月末前", "2026-12-10 10:00", "2027-01-31 23:59:59", false},
		{"年底", "预计年底前办结", "2026-03-02 10:00", "2026-12-31 23:59:59", false},
		{"明天之前", "明天之前修好", "2026-03-02 10:00", "2026-03-03 23:59:59", false},
		{"后天前", "后天前办结", "2026-03-02 10:00", "2026-03-04 23:59:59", false},
		{"统一 is no January", "统一月底前交齐材料", "2026-03-02 10:00", "2026-03-31 23:59:59", false},
		{"the first of several", "下周五前修好，月底前验收", "2026-03-02 10:00", "2026-03-13 23:59:59", false},
		{"a week ago promises nothing", "一周前就修过一次", "2026-03-02 10:00", "", false},
		{"周末 is no day", "周末来修", "2026-03-02 10:00", "", false},
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
	for _, s := range []string{"预计3月6日前办结", "5月1号之前", "2月30日前", "99月99日前", "3月6日", "1 月 1 日以前", "",
		"三月六日前", "十二月二十六号以前", "二月三十日前", "十十十月一日前", "下周五前", "上个礼拜天前", "星期7前",
		"月底前", "下个月末之前", "3月底前", "三月底前", "统一月底前", "明年年底前", "后天前", "一周前"} {
		f.Add(s, int64(1772409600))
	}
	f.Fuzz(func(t *testing.T, note string, unix int64) {
		// a promise ends with 前: a note without it, passed over
		// unsearched, holds none
		if promiseRe.MatchString(note) && !strings.Contains(note, "前") {
			t.Errorf("promiseRe matches %q, which has no 前", note)
		}
		now := time.Unix(unix%(1<<34), 0).UTC()
		p, ok := PromiseIn(note, now)
		if !ok {
			return
		}
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		if p.Past != p.Day.Before(today) {
			t.Errorf("%q at %v: Past %v but day %v", note, now, p.Past, p.Day)
		}
		// at most two years ahead (明年年底 on 1 January), or promiseSlack
		// back
		if d := p.Day.Sub(today); d > 2*366*24*time.Hour || d < -promiseSlack {
			t.Errorf("%q at %v: day %v is %v from today", note, now, p.Day, d)
		}
		if p.By.Sub(p.Day) != 24*time.Hour-time.Second || !p.Day.Equal(StartOfDay(p.Day)) {
			t.Errorf("%q: By %v is not the end of %v", note, p.By, p.Day)
		}
		// the same date in Chinese numerals reads the same day
		if m := digitDateRe.FindStringSubmatch(note); m != nil && strings.HasPrefix(note, m[0]) {
			month, _ := strconv.Atoi(m[1])
			day, _ := strconv.Atoi(m[2])
			if month >= 1 && month <= 12 && day >= 1 && day <= 31 {
				cn := chineseNumeral(month) + "月" + chineseNumeral(day) + "日前"
				if q, ok := PromiseIn(cn, now); !ok || !q.Day.Equal(p.Day) {
					t.Errorf("%q at %v reads %v, %q reads %v (ok %v)", note, now, p.Day, cn, q.Day, ok)
				}
			}
		}
	})
}

// digitDateRe is a note that starts with a date in digits.
var digitDateRe = regexp.MustCompile(`^([0-9]{1,2})月([0-9]{1,2})日前`)

// chineseNumeral writes 1 to 99 the way people do: 六, 十, 十六, 二十六.
func chineseNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	}
	return digits[n/10] + "十" + digits[n%10]
}

func TestChineseNumeralsRoundTrip(t *testing.T) {
	for n := 1; n <= 99; n++ {
		if got, ok := promiseNumber(chineseNumeral(n)); !ok || got != n {
			t.Errorf("promiseNumber(%q) = %d, %v; want %d", chineseNumeral(n), got, ok, n)
		}
	}
	for _, s := range []string{"十十", "一一", "十十十", "二十十", "零"} {
		if n, ok := promiseNumber(s); ok {
			t.Errorf("promiseNumber(%q) = %d, want none", s, n)
		}
	}
}

// BenchmarkPromiseIn reads progress notes, most of which promise no day.
func BenchmarkPromiseIn(b *testing.B) {
	notes := []string{"已联系电工", "材料到了就修", "预计3月6日前办结", "明天上午去看"}
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = PromiseIn(notes[i%len(notes)], now)
		i++
	}
}

// TestDayNamed: a day named in a note of work done is read in the year
// nearest to today, without the slack a promise has: "12月4日办结了" on 4
// December is today, "10月1日修好了" this October.
func TestDayNamed(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, now.Location()) }
	for _, c := range []struct {
		note string
		want time.Time
	}{
		{"12月4日办结了", day(2026, 12, 4)},
		{"十二月四号修好了", day(2026, 12, 4)},
		{"10月1日修好了", day(2026, 10, 1)},
		{"1月3日前修好", day(2027, 1, 3)},
		{"明天就修好了", day(2026, 12, 5)},
		{"大后天弄好", day(2026, 12, 7)},
		{"昨晚修好了", day(2026, 12, 3)},
		{"今天上午换好了", day(2026, 12, 4)},
		{"2月30日修好了", time.Time{}},
		{"修好了", time.Time{}},
	} {
		got, ok := DayNamed(c.note, now)
		if !got.Equal(c.want) || ok == c.want.IsZero() {
			t.Errorf("DayNamed(%q) = %v, %v; want %v", c.note, got, ok, c.want)
		}
	}
}

func FuzzDayNamed(f *testing.F) {
	for _, s := range []string{"12月4日办结了", "明天就修好了", "十二月三十一号", "2月30日", "月日号"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, note string) {
		day, ok := DayNamed(note, now)
		if ok && (day.Hour() != 0 || absDur(day.Sub(now)) > 190*24*time.Hour) {
			t.Errorf("DayNamed(%q) = %v", note, day)
		}
	})
}
