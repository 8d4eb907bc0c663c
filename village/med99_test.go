package village

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestDueInWithoutNames: a roster name's numeral is not the day's:
// 「陈二十天内还钱」 is 陈二 and ten days, 「张三月底前给」 张三 and the
// month's end, 「王五天内」 no span at all; a name that is no roster name
// is read as before.
func TestDueInWithoutNames(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	names := NamesOf([]Person{{Name: "陈二", Village: "青山村"}, {Name: "张三", Village: "青山村"}, {Name: "王五", Village: "青山村"},
		{Name: "陈二十", Village: "白水村"}}, "青山村")
	for _, tt := range []struct{ name, note, want string }{
		{"name then ten days", "陈二十天内还钱", "2026-03-12 23:59:59"},
		{"name then ten days, money first", "两家谈妥了 赔张三300元 陈二十天内给", "2026-03-12 23:59:59"},
		{"name then the month's end", "张三月底前给", "2026-03-31 23:59:59"},
		{"name then 10 in digits", "陈二10天内给", "2026-03-12 23:59:59"},
		{"a name's 五 is no span", "王五天内给", ""},
		{"twenty days said plainly", "二十天内还清", "2026-03-22 23:59:59"},
		{"another village's name is no name here", "陈二十天内还钱 陈二十", "2026-03-12 23:59:59"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			now, err := time.ParseInLocation("2006-01-02 15:04", "2026-03-02 14:00", loc)
			if err != nil {
				t.Fatal(err)
			}
			wantDue(t, tt.note, WithoutNames(tt.note, names), now, tt.want)
		})
	}
	if got := WithoutNames("陈二十天内", nil); got != "陈二十天内" {
		t.Errorf("WithoutNames with no names = %q", got)
	}
}

func FuzzWithoutNames(f *testing.F) {
	for _, s := range []string{"陈二十天内还钱", "张三月底前给", "王五天内", "陈二陈二", "陈", "", "陈二\xff十天"} {
		f.Add(s)
	}
	names := NamesOf([]Person{{Name: "陈二"}, {Name: "张三"}, {Name: "王五"}, {Name: "欧阳小明"}}, "")
	f.Fuzz(func(t *testing.T, note string) {
		got := WithoutNames(note, names)
		if !utf8.ValidString(note) {
			return
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(note) {
			t.Errorf("%q became %q: not as long", note, got)
		}
		for _, n := range []string{"陈二", "张三", "王五"} {
			if strings.Contains(got, n) {
				t.Errorf("%q became %q: %s left", note, got, n)
			}
		}
		if !strings.Contains(note, "某") && !strings.ContainsAny(note, "陈张王欧") && got != note {
			t.Errorf("%q changed to %q with no name in it", note, got)
		}
	})
}

// TestDueInWinterDays: the days a December settlement names: a day of the
// month alone (「20号前给」, 「下个月10号」), 大后天, 元旦 and the Spring
// Festival (「年前给清」, 「过年前」, 「春节前」: by its eve); a year counted
// back (「三年前」) or 「今年还没给」 is none. A lunar day (腊月二十) is read
// since med100 (lunarYears).
func TestDueInWinterDays(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	for _, tt := range []struct{ name, note, want string }{
		{"day of this month", "20号前给", "2026-12-20 23:59:59"},
		{"day in numerals", "二十号前给清", "2026-12-20 23:59:59"},
		{"a day gone is next month's", "5号前给", "2027-01-05 23:59:59"},
		{"next month's day", "下个月10号前给", "2027-01-10 23:59:59"},
		{"a day without 前", "15号把钱送过去", "2026-12-15 23:59:59"},
		{"three days on", "大后天把钱给他", "2026-12-11 23:59:59"},
		{"new year's day", "元旦前给", "2026-12-31 23:59:59"},
		{"before the festival", "剩下的钱年前给清", "2027-02-05 23:59:59"},
		{"six thousand years is no festival", "剩下六千年前给清", ""},
		{"过年前", "过年前一次给清", "2027-02-05 23:59:59"},
		{"春节前", "春节前把钱给了", "2027-02-05 23:59:59"},
		{"赶年前", "赶年前还上", "2027-02-05 23:59:59"},
		{"years ago", "三年前借的钱", ""},
		{"this year", "今年还没给", ""},
		{"lunar day", "腊月二十前给", "2027-01-27 23:59:59"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Date(2026, 12, 8, 9, 30, 0, 0, loc)
			wantDue(t, tt.note, tt.note, now, tt.want)
		})
	}
	if p, ok := PromiseIn("下个月31号前给", time.Date(2027, 1, 8, 9, 0, 0, 0, loc)); ok {
		t.Errorf("下个月31号 in January = %v, want none (no 31 February)", p.Day)
	}
	// after the year's festival, the next one's eve
	p, ok := PromiseIn("年前办好", time.Date(2027, 2, 20, 9, 0, 0, 0, loc))
	if !ok || p.Day.Format("2006-01-02") != "2028-01-25" {
		t.Errorf("年前 on 2027-02-20 = %v %v, want 2028-01-25", p.Day, ok)
	}
}
