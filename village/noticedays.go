package village

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// noticeDateRe finds a day a notice names by its date, weekday or as
// 后天 / 大后天. Its groups:
//
//	1, 2, 3: "12月5日", "12月5号", "十二月五日" (month, day, 日); the 日
//	         may be left out before a range's end ("12月7至9日")
//	4, 5:    "下周五", "本周五", "星期五", "礼拜天" (上/本/这/下, weekday)
//	6:       "后天", "大后天"
//	7:       a word after it that makes it a beginning ("12月5日起停水"):
//	         the notice's time does not end on that day
var noticeDateRe = regexp.MustCompile(`(?:` +
	`(` + promiseNum + `)\s*月\s*(` + promiseNum + `)\s*([日号])?` +
	`|(上个?|本|这个?|下个?)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])` +
	`|(大后天|后天)` +
	`)` + beginsWords)

// beginsWords, after a day, make it a beginning ("12月5日起").
const beginsWords = `(\s*(?:起|开始|以后|之后|以来))?`

// rangeEndRe is the end of a range or list of dates written with their
// month once, right after the first: 「12月7日至9日」's 「至9日」, 「12月7日、9日」.
// Its groups: 1 the words of the day (9日), 2 its number, 3 beginsWords.
var rangeEndRe = regexp.MustCompile(`^\s*` + rangeWords + `\s*((` + promiseNum + `)\s*[日号])` + beginsWords)

// rangeWords join the two ends of a range (至, 到, ～) or two days of a
// list (listWords): the second end of 「下周一至周五」 or 「下周六、周日」 is of
// the first's week, that of 「12月7日至9日」 of its month.
const rangeWords = `(?:至|到|~|～|-|－|—|` + listWords + `)`

// listWords join two days of a list (下周二和周四), not a range's ends: the
// second is of the first's week even when it falls before it (下周四和周二:
// both next week), where a range runs on into the next (下周四至周二).
const listWords = `以及|、|和|及|与|跟|或`

// dayPart is the part of a day or its time that may follow a weekday
// before the next of a list or range: 「下周二上午和周四下午」,
// 「下周一9点至周五」.
const dayPart = `(?:上午|下午|中午|晚上|早上|傍晚|白天|全天)?\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:[:：]\s*[0-9]{2}|点半?钟?))?`

// rangeWordRe is what lies between two days read as one range or list:
// nothing, a range or list word, perhaps after the first's time (dayPart).
// Group 1 is the word.
var rangeWordRe = regexp.MustCompile(`^\s*` + dayPart + `\s*(?:(` + rangeWords + `)\s*)?$`)

var listWordRe = regexp.MustCompile(`^(?:` + listWords + `)$`)

// namedDay is a day a text names (noticeDateRe), read from the day it
// was written.
type namedDay struct {
	start, end int    // the words' span in the text, without beginsWords
	word       string // the words: "下周五", "12月5日", "9日" (a range's end)
	month      string // a date's month as written ("一"; for chineseWordBefore)
	// prefix is a weekday's 上, 本, 这 or 下, as written or, for the
	// second end of a range (下周一至周五), the first's (inherited)
	prefix    string
	inherited bool
	weekday   bool
	every     bool      // 每周一, and the 周五 of 每周一至周五: no one day
	counted   bool      // 后天, 大后天
	day       time.Time // at its start; zero: no such date (2月30日)
	begins    bool      // it begins something: 12月5日起
}

// namedDays are the days text, written at written, names, in its order,
// read from the day it was written (in written's zone). A date takes the
// year that puts it nearest; the end of a range of dates written with one
// month (12月7日至9日, 12月30日至2日) takes that month, or the next. A
// weekday is weekday's; a bare one right after another weekday, or after
// one and a range word (下周一至周五, 下周六周日, 本周六、周日), is of the
// same week (上周, 下周) or, falling before it, of the next (周六周日 said
// on a Sunday); one further on that would fall before a weekday named
// with 本/下 before it is of that one's week too (下周一开会，周五交表).
func namedDays(text string, written time.Time) []namedDay {
	from := StartOfDay(written)
	var out []namedDay
	var prev namedDay // the weekday named before
	for _, sm := range noticeDateRe.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string { return group(text, sm, i) }
		end := sm[1]
		if sm[14] >= 0 {
			end = sm[14]
		}
		nd := namedDay{start: sm[0], end: end, word: text[sm[0]:end], begins: g(7) != ""}
		switch {
		case g(1) != "":
			nd.month = g(1)
			nd.day, _ = nearestDate(from, g(1), g(2))
			rest := rangeEndRe.FindStringSubmatchIndex(text[sm[1]:])
			if g(3) == "" && (rest == nil || nd.begins) {
				continue // 「3月5」 alone is no date
			}
			out = append(out, nd)
			if rest == nil || nd.begins {
				continue
			}
			second := namedDay{start: sm[1] + rest[2], end: sm[1] + rest[3], month: g(1), begins: rest[6] >= 0}
			second.word = text[second.start:second.end]
			if n, ok := promiseNumber(text[sm[1]+rest[4] : sm[1]+rest[5]]); ok && !nd.day.IsZero() {
				second.day = time.Date(nd.day.Year(), nd.day.Month(), n, 0, 0, 0, 0, from.Location())
				if n < nd.day.Day() { // 12月30日至2日
					second.day = time.Date(nd.day.Year(), nd.day.Month()+1, n, 0, 0, 0, 0, from.Location())
				}
				if second.day.Day() != n {
					second.day = time.Time{} // no such day: time.Date normalised it
				}
			}
			out = append(out, second)
			continue
		case g(5) != "":
			nd.weekday, nd.prefix = true, g(4)
			nd.day = weekday(from, nd.prefix, g(5))
			nd.every = strings.HasSuffix(text[:sm[0]], "每")
			if nd.prefix == "" && prev.weekday {
				gap := rangeWordRe.FindStringSubmatch(text[prev.end:sm[0]])
				switch {
				case gap != nil:
					nd.prefix, nd.inherited, nd.every = prev.prefix, prev.prefix != "", nd.every || prev.every
					nd.day = weekday(from, nd.prefix, g(5))
					// a list of one named week stays in it (下周四和周二);
					// a range, or bare days (周六周日 said on a Sunday),
					// run on into the next
					for !(nd.inherited && listWordRe.MatchString(gap[1])) && nd.day.Before(prev.day) {
						nd.day = nd.day.AddDate(0, 0, 7)
					}
				case prev.prefix != "" && !strings.HasPrefix(prev.prefix, "上") && nd.day.Before(prev.day):
					nd.prefix, nd.inherited = prev.prefix, true
					nd.day = weekday(from, nd.prefix, g(5))
				}
			}
			prev = nd
		case g(6) == "大后天":
			nd.counted, nd.day = true, from.AddDate(0, 0, 3)
		default:
			nd.counted, nd.day = true, from.AddDate(0, 0, 2)
		}
		out = append(out, nd)
	}
	return out
}

// dates are the first and the last day (at their start, in the zone n
// was written in) that n names: 今天 / 明天 (Day), and dates, weekdays,
// 后天 on or after the day it was written, read from that day
// (namedDays: the second end of 下周一至周五 is next week's Friday, of
// 12月7日至9日 the 9th of December). A day that begins something
// ("12月5日起") ends nothing and is not counted; a day before the notice
// was written ("根据12月1日的会议") neither. ok is false when it names none.
func (n Notice) dates() (first, last time.Time, ok bool) {
	written := StartOfDay(n.At)
	add := func(day time.Time) {
		if !ok || day.Before(first) {
			first = day
		}
		if !ok || day.After(last) {
			last = day
		}
		ok = true
	}
	if day, _, named := n.Day(); named && !n.dayBegins() {
		add(day)
	}
	if next, ok := n.nextDayToo(); ok {
		add(next) // 「今晚到明天有大风」: over with 明天, not tonight (call89)
	}
	for _, nd := range namedDays(n.Text, n.At) {
		if !nd.begins && !nd.day.IsZero() && !nd.day.Before(written) {
			add(nd.day)
		}
	}
	return first, last, ok
}

// nextDayToo is the day after n was written when n names it (明天, 明晚…)
// beside a 今 word that Day took (「今晚到明天有大风」, 「今天夜里到明天白天」),
// not as a beginning (「今晚降温，明天起…」: nextDayBegins); ok is false
// otherwise.
func (n Notice) nextDayToo() (day time.Time, ok bool) { return n.nextDay(false) }

// nextDayBegins is the day after n was written when n names it as a
// beginning (「明天起」, 「明天开始」) beside a 今 word that Day took
// (「今晚降温，明天起持续低温」, call90); ok is false otherwise.
func (n Notice) nextDayBegins() (day time.Time, ok bool) { return n.nextDay(true) }

// nextDay is nextDayToo (begins false) or nextDayBegins.
func (n Notice) nextDay(begins bool) (day time.Time, ok bool) {
	first, w, named := n.Day()
	if !named || !first.Equal(StartOfDay(n.At)) {
		return time.Time{}, false
	}
	for _, m := range []string{"明天", "明晚", "明日", "明早"} {
		if i := strings.Index(n.Text, m); i >= 0 && (beginsRe.FindString(n.Text[i+len(m):]) != "") == begins && w != m {
			return first.AddDate(0, 0, 1), true
		}
	}
	return time.Time{}, false
}

// beginsRe is beginsWords right at the start of a text.
var beginsRe = regexp.MustCompile(`^` + beginsWords[:len(beginsWords)-1])

// dayBegins reports whether the 今天/明天 n names (Day) begins something
// ("明天起气温骤降", "从明天开始停水"), as 「12月5日起」 does: the notice
// is not over with that day.
func (n Notice) dayBegins() bool {
	_, w, ok := n.Day()
	if !ok {
		return false
	}
	_, after, _ := strings.Cut(n.Text, w)
	return beginsRe.FindString(after) != ""
}

// starts is the first day n names that begins something (「明天起」,
// 「12月5日起」) on or after the day it was written; ok is false when it
// names none.
func (n Notice) starts() (day time.Time, ok bool) {
	if d, _, named := n.Day(); named && n.dayBegins() {
		day, ok = d, true
	}
	if next, named := n.nextDayBegins(); named && !ok {
		day, ok = next, true // 「今晚降温，明天起…」: Day took 今晚 (call90)
	}
	for _, nd := range namedDays(n.Text, n.At) {
		if nd.begins && !nd.day.IsZero() && !nd.day.Before(StartOfDay(n.At)) && (!ok || nd.day.Before(day)) {
			day, ok = nd.day, true
		}
	}
	return day, ok
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
	written, posted := StartOfDay(n.At), StartOfDay(on.In(loc))
	for _, nd := range namedDays(n.Text, n.At) {
		if nd.begins || strings.HasPrefix(nd.prefix, "上") || strings.HasPrefix(n.Text[nd.end:], "的") || nd.counted {
			continue
		}
		switch {
		case !nd.weekday:
			if nd.day.IsZero() || chineseWordBefore(n.Text[:nd.start], nd.month) || !nd.day.Before(posted) {
				continue
			}
			return nd.day, nd.word, time.Time{}, true
		default:
			d := nd.day
			if nd.prefix == "" && d.After(written) {
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
			return d, nd.word, next, true
		}
	}
	return time.Time{}, "", time.Time{}, false
}

// SameWeek reports whether a and b fall in one week running Monday to
// Sunday, in a's time zone.
func SameWeek(a, b time.Time) bool {
	monday := func(t time.Time) time.Time {
		d := StartOfDay(t.In(a.Location()))
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
	from, today := StartOfDay(written), StartOfDay(at.In(written.Location()))
	if !today.After(from) || SameWeek(from, today) {
		return text
	}
	var b strings.Builder
	last := 0
	for _, nd := range namedDays(text, written) {
		if !nd.weekday || nd.begins || nd.every {
			continue // no weekday, or one that begins something
		}
		if strings.HasPrefix(nd.prefix, "上") || nd.day.Before(from) {
			continue
		}
		b.WriteString(text[last:nd.start])
		b.WriteString(sayDay(nd.day, today, ""))
		last = nd.end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// SayOn is n's text to say on the phone on the day of at: as TextOn
// reads it, and each date it names alone that is that day or the next
// said as 今天 or 明天 (「12月8日上午9点开会」 on 8 December: 「今天上午9点
// 开会」), as an elder is told it. A date of a range or list (12月7日至9日),
// one that begins or bounds something (12月8日起, 12月8日前) or qualifies
// what follows (12月8日的会议) stays a date.
func (n Notice) SayOn(at time.Time) string {
	return datesOn(n.TextOn(at), n.At, at)
}

// datesOn is text, written at written, with each date it names alone
// that is at's day or the next said as 今天 or 明天 (SayOn).
func datesOn(text string, written, at time.Time) string {
	today := StartOfDay(at.In(written.Location()))
	var b strings.Builder
	last := 0
	for _, nd := range namedDays(text, written) {
		if nd.month == "" || nd.begins || nd.day.IsZero() || !strings.Contains(nd.word, "月") {
			continue // no date (a weekday, 后天), a range's second end, or a beginning
		}
		after, before := text[nd.end:], strings.TrimSpace(text[last:nd.start])
		if rangeEndRe.MatchString(after) || dateTied.MatchString(after) || rangeBefore.MatchString(before) {
			continue
		}
		word := ""
		switch nd.day.Sub(today).Round(time.Hour) {
		case 0:
			word = "今天"
		case 24 * time.Hour:
			word = "明天"
		default:
			continue
		}
		b.WriteString(text[last:nd.start])
		b.WriteString(word)
		last = nd.end
		// its weekday, already said from at's day (weekdaysOn): 「12月8日
		// （明天）」 is 「明天」, not 「明天（明天）」
		for _, same := range []string{"（" + word + "）", "(" + word + ")"} {
			if strings.HasPrefix(after, same) {
				last += len(same)
			}
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// dateTied, after a date, ties it to what follows: a bound (12月8日前)
// or a qualifier (12月8日的会议), or a range's second end (至12月9日);
// rangeBefore, before one, makes it the second end of a range or list.
var (
	dateTied    = regexp.MustCompile(`^\s*(?:前|以前|之前|止|为止|截止|的|` + rangeWords + `)`)
	rangeBefore = regexp.MustCompile(rangeWords + `$`)
)

// SaidDay is a day a notice names by words counted from the day it was
// written (下周六, 周五, 后天), and the day they name.
type SaidDay struct {
	Word string
	Day  time.Time
}

// RelativeDays are the days n names by a weekday or by 后天 / 大后天, read
// as the notice's days are (namedDays: 下周一至周五's 周五 is next week's),
// each once, in the order written: the sender is told them so that he can
// catch a misreading. Days before the one it was written (上周五) and
// weekdays of every week (每周一) are left out; 今天 and 明天 need no date.
func (n Notice) RelativeDays() []SaidDay {
	written := StartOfDay(n.At)
	var out []SaidDay
	for _, nd := range namedDays(n.Text, n.At) {
		if (!nd.weekday && !nd.counted) || nd.every || nd.day.Before(written) {
			continue
		}
		if !slices.ContainsFunc(out, func(s SaidDay) bool { return s.Word == nd.word && s.Day.Equal(nd.day) }) {
			out = append(out, SaidDay{nd.word, nd.day})
		}
	}
	return out
}

// DayWord is the day n names as its text writes it ("本周六", "12月12日",
// "明天"), the first when it names several; "" when it names none.
func (n Notice) DayWord() string {
	if loc := noticeDateRe.FindStringSubmatchIndex(n.Text); loc != nil {
		end := loc[1]
		if loc[14] >= 0 {
			end = loc[14] // without the 起 of "12月5日起" (beginsWords, group 7)
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

// NamesDayOf reports whether s, said at at, names a day n names: one of
// its days (今天/明天 read from at, dates and weekdays as notices read
// them) falls between n's first and last day (dates). "她说明天去领" said
// on the 7th names 「12月8日领取」 and 「明天领取」 written on the 7th.
func (n Notice) NamesDayOf(s string, at time.Time) bool {
	first, last, ok := n.dates()
	if !ok {
		return false
	}
	from, to, said := Notice{Text: s, At: at.In(n.At.Location())}.dates()
	return said && !from.After(last) && !to.Before(first)
}
