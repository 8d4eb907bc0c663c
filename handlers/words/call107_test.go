package words

import (
	"strings"
	"testing"
	"time"
)

// TestCall107StayAhead (call107): a stay whose leaving day is named is
// read from that day (From), its end as said, else the festival's end
// for a stay over the Spring Festival, else a week from the day she
// leaves; a day out (吃饭) or a stay ahead with no day named is not.
func TestCall107StayAhead(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for n, want := range map[string][2]string{
		"她后天去我姐家住 过完年再回来 这段时间电话不用打了": {"2026-12-10", "2027-02-13"},
		"腊月二十八她儿子接她去城里过年 正月初六回来":     {"2027-02-04", "2027-02-11"},
		"腊月二十八我儿子接她去城里过年":            {"2027-02-04", "2027-02-13"},
		"过两天去她闺女家住几天":                {"2026-12-10", "2026-12-13"},
		"她15号去城里儿子家住 住到元旦":           {"2026-12-15", "2027-01-01"},
		"她闺女后天接她去城里 住到腊月二十":          {"2026-12-10", "2027-01-28"},
	} {
		s, ok := InHospital(n, now)
		if !ok || !s.Out || s.From.Format("2006-01-02") != want[0] || s.Until.Format("2006-01-02") != want[1] {
			t.Errorf("InHospital(%q) = from %s till %s (%v), want %s till %s", n, s.From.Format("2006-01-02"), s.Until.Format("2006-01-02"), ok, want[0], want[1])
		}
	}
	for _, n := range []string{"她去我姐家住了 过完年再回来", "他说去城里儿子家 正月十五以后回来"} {
		if s, ok := InHospital(n, now); !ok || !s.From.IsZero() {
			t.Errorf("InHospital(%q) = %+v %v, want a stay now", n, s, ok)
		}
	}
	for _, n := range []string{"下个月去她闺女家 住到正月初六", "过年接她去城里住几天", "腊月二十八她儿子回来看她"} {
		if s, ok := InHospital(n, now); ok {
			t.Errorf("InHospital(%q) = %+v, want no stay", n, s)
		}
	}
}

// TestCall107AnswerOpens (call107): a leader's unnamed words read as an
// answer when they open with one, say he told her, or speak of her
// question; a report, a question, an acknowledgement do not.
func TestCall107AnswerOpens(t *testing.T) {
	q := "今年过年村里有没有慰问品"
	for _, s := range []string{"有的 腊月二十前送到家", "有，腊月二十前送", "没有 今年不发了", "可以，带上户口本", "我打电话跟她说了", "慰问品腊月二十前送"} {
		if !AnswerOpens(s, q) {
			t.Errorf("AnswerOpens(%q) = false", s)
		}
	}
	for _, s := range []string{"有人在河边烧垃圾", "没水了", "好的", "有没有别的事？", "王家门口的路有点滑", "有"} {
		if AnswerOpens(s, q) {
			t.Errorf("AnswerOpens(%q) = true", s)
		}
	}
}

// FuzzCall107AnswerOpens: any text, no panic; a question mark is never an
// answer.
func FuzzCall107AnswerOpens(f *testing.F) {
	for _, s := range []string{"有的 腊月二十前送到家", "有，", "没有", "有?", " 有 ", "可以"} {
		f.Add(s, "今年过年村里有没有慰问品")
	}
	f.Fuzz(func(t *testing.T, s, q string) {
		if AnswerOpens(s, q) && strings.ContainsAny(s, "?？") {
			t.Errorf("AnswerOpens(%q) with a question mark", s)
		}
	})
}
