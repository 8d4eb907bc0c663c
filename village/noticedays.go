package village

import (
	"regexp"
	"strings"
	"time"
)

// noticeDateRe finds a day a notice names by its date, weekday or as
// 后天 / 大后天. Its groups:
//
//	1, 2: "12月5日", "12月5号", "十二月五日" (month, day)
//	3, 4: "下周五", "本周五", "星期五", "礼拜天" (上/本/这/下, weekday)
//	5:    "后天", "大后天"
//	6:    a word after it that makes it a beginning ("12月5日起停水"):
//	      the notice's time does not end on that day
var noticeDateRe = regexp.MustCompile(`(?:` +
	`(` + promiseNum + `)\s*月\s*(` + promiseNum + `)\s*[日号]` +
	`|(上个?|本|这个?|下个?)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])` +
	`|(大后天|后天)` +
	`)(\s*(?:起|开始|以后|之后|以来))?`)

// dates are the first and the last day (at their start, in the zone n
// was written in) that n names: 今天 / 明天 (Day), and dates, weekdays,
// 后天 on or after the day it was written, read from that day. A day
// that begins something ("12月5日起") ends nothing and is not counted; a
// day before the notice was written ("根据12月1日的会议") neither. ok is
// false when it names none.
func (n Notice) dates() (first, last time.Time, ok bool) {
	loc := n.At.Location()
	y, m, d := n.At.Date()
	written := time.Date(y, m, d, 0, 0, 0, 0, loc)
	add := func(day time.Time) {
		if !ok || day.Before(first) {
			first = day
		}
		if !ok || day.After(last) {
			last = day
		}
		ok = true
	}
	if day, _, named := n.Day(); named {
		add(day)
	}
	for _, sm := range noticeDateRe.FindAllStringSubmatch(n.Text, -1) {
		if sm[6] != "" {
			continue
		}
		var day time.Time
		switch {
		case sm[1] != "":
			var valid bool
			if day, valid = nearestDate(written, sm[1], sm[2]); !valid {
				continue
			}
		case sm[4] != "":
			day = weekday(written, sm[3], sm[4])
		case sm[5] == "大后天":
			day = written.AddDate(0, 0, 3)
		default:
			day = written.AddDate(0, 0, 2)
		}
		if !day.Before(written) {
			add(day)
		}
	}
	return first, last, ok
}

// PastDay is a day n names that is over by the day it is posted (on: the
// day it goes out, the morning's for one held over the night), read from
// the day it was written: 本周六 written on Sunday, 12月1日 written on 3
// December, a bare 周五 written on Saturday (a bare weekday of this week
// one or two days back: further back it reads as the next one, as
// weekday does). A day that begins something ("12月1日起"), one of 上周,
// and one that qualifies what follows ("根据12月1日的会议") are no
// mistake and not counted. Word is the words that named it; Next, for a
// weekday, is the same weekday to come (下周六), zero for a date. ok is
// false when n names no such day.
func (n Notice) PastDay(on time.Time) (day time.Time, word string, next time.Time, ok bool) {
	loc := n.At.Location()
	written, posted := startOfDay(n.At), startOfDay(on.In(loc))
	for _, sm := range noticeDateRe.FindAllStringSubmatchIndex(n.Text, -1) {
		g := func(i int) string {
			if sm[2*i] < 0 {
				return ""
			}
			return n.Text[sm[2*i]:sm[2*i+1]]
		}
		if g(6) != "" || strings.HasPrefix(g(3), "上") || strings.HasPrefix(n.Text[sm[1]:], "的") {
			continue
		}
		switch {
		case g(1) != "":
			d, valid := nearestDate(written, g(1), g(2))
			if !valid || chineseWordBefore(n.Text[:sm[0]], g(1)) || !d.Before(posted) {
				continue
			}
			return d, g(0), time.Time{}, true
		case g(4) != "":
			d := weekday(written, g(3), g(4))
			if g(3) == "" && d.After(written) {
				// a bare weekday reads as the next one; the same day of
				// this week one or two days back is more likely meant
				if back := d.AddDate(0, 0, -7); written.Sub(back) <= 2*24*time.Hour+time.Hour && SameWeek(back, written) {
					d = back
				}
			}
			if !d.Before(posted) {
				continue
			}
			next := d.AddDate(0, 0, 7)
			for next.Before(posted) {
				next = next.AddDate(0, 0, 7)
			}
			return d, g(0), next, true
		}
	}
	return time.Time{}, "", time.Time{}, false
}

// SameWeek reports whether a and b fall in one week running Monday to
// Sunday, in a's time zone.
func SameWeek(a, b time.Time) bool {
	monday := func(t time.Time) time.Time {
		d := startOfDay(t.In(a.Location()))
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	}
	return monday(a).Equal(monday(b))
}

// weekdaysOn is text, written at written, read on the day of at when
// that falls in a later week (weeks run Monday to Sunday): each weekday
// it names on or after the day it was written (下周一, 本周五, 周五; not one
// of 上周, nor 每周一, nor one that begins something) is said from at's day
// (sayDay): Thursday's 下周一 reads 今天 on Monday, 12月7日 after it. A
// bare weekday after one of 下周 that would fall before it is of that week
// too (下周一至周五). Read in the week it was written, text is left as it
// is. Days are those of written's zone.
func weekdaysOn(text string, written, at time.Time) string {
	from, today := startOfDay(written), startOfDay(at.In(written.Location()))
	if !today.After(from) || SameWeek(from, today) {
		return text
	}
	var b strings.Builder
	last := 0
	var prev time.Time // the weekday named before, with 下周, 本周…
	prevPrefix := ""
	for _, sm := range noticeDateRe.FindAllStringSubmatchIndex(text, -1) {
		if sm[8] < 0 || sm[12] >= 0 || strings.HasSuffix(text[:sm[0]], "每") {
			continue // no weekday, or one that begins something
		}
		prefix := ""
		if sm[6] >= 0 {
			prefix = text[sm[6]:sm[7]]
		}
		day := weekday(from, prefix, text[sm[8]:sm[9]])
		if prefix == "" && !prev.IsZero() && day.Before(prev) {
			day = weekday(from, prevPrefix, text[sm[8]:sm[9]])
		}
		if strings.HasPrefix(prefix, "上") || day.Before(from) {
			continue
		}
		if prefix != "" {
			prev, prevPrefix = day, prefix
		}
		b.WriteString(text[last:sm[0]])
		b.WriteString(sayDay(day, today, ""))
		last = sm[9]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// DayWord is the day n names as its text writes it ("本周六", "12月12日",
// "明天"), the first when it names several; "" when it names none.
func (n Notice) DayWord() string {
	if loc := noticeDateRe.FindStringSubmatchIndex(n.Text); loc != nil {
		end := loc[1]
		if loc[12] >= 0 {
			end = loc[12] // without the 起 of "12月5日起"
		}
		return strings.TrimSpace(n.Text[loc[0]:end])
	}
	_, word, _ := n.Day()
	return word
}

// NamesDay reports whether s names a day as notices do: a date, a
// weekday, 今天/明天/后天 and their kin ("周六去不了", "明天来不了").
func NamesDay(s string) bool {
	return noticeDateRe.MatchString(s) || strings.ContainsAny(s, "今明") && containsAny(s, []string{"今天", "今晚", "今日", "明天", "明晚", "明日", "明早"})
}
