package village

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Promise is a date a handler named in a note as when the item will be
// done: 「预计3月6日前办结」, 「5月1号之前修好」, 「三月六日前」, 「下周五前」,
// 「月底前」.
type Promise struct {
	// Day is the promised day, at midnight in the zone of now.
	Day time.Time
	// By is the end of that day: "3月6日前" leaves the whole of 6 March.
	// The last second, so that the deadline reads as that day.
	By time.Time
	// Past: the day has gone by (a slip of the pen, or a date of what was
	// done): it promises nothing.
	Past bool
}

// promiseNum is a month or day in ASCII digits (the handlers fold
// full-width ones) or in Chinese numerals (三, 十二, 二十六).
const promiseNum = `[0-9]{1,2}|[一二三四五六七八九十]{1,3}`

// promiseRe finds a day followed by 前, 之前 or 以前. Its groups:
//
//	1, 2, 3: "3月6日", "3月6号", "三月六日" (month, day); "3月底" (month, 底)
//	4, 5:    "下周五", "本周五", "星期五", "礼拜天" (上/本/这/下, weekday)
//	6:       "月底", "本月底", "下个月底", "月末" (上/本/这/下)
//	7:       "年底", "今年年底", "明年底" (今/本/明)
//	8:       "明天", "后天"
//	9:       "大后天"
//	10, 11:  "20号", "下个月10号", "二十日" (上/本/这/下 月, day of the month)
//	12:      "元旦", "春节", "过年", "过大年"
//	13:      "年" alone: 「年前给清」 (lunarNewYear; not 「三年前」, see festivalWord)
//	14–17:   a lunar month and day: "腊月二十", "正月十五", "腊月底", "冬月初八",
//	         "农历十月二十" (农历, the month's number, 正/冬/腊, the day)
//	18:      a lunar festival: "除夕", "大年三十", "小年", "元宵", "端午", "中秋"
var promiseRe = regexp.MustCompile(promiseDay + `\s*(?:之|以)?前`)

// promiseDay is the day a promise names, promiseRe's groups.
const promiseDay = `(?:` +
	`(` + promiseNum + `)\s*月\s*(?:(` + promiseNum + `)\s*[日号]|([底末]))` +
	`|(上个?|本|这个?|下个?)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])` +
	`|(上个?|本|这个?|下个?)?\s*月\s*[底末]` +
	`|(今年|本年|明年)?\s*年\s*[底末]` +
	`|(明天|后天)` +
	`|(大后天)` +
	`|((?:上个?|本|这个?|下个?)月)?\s*(` + promiseNum + `)\s*[号日]` +
	`|(元旦|春节|过大年|过年)` +
	`|(年)` +
	`|(?:(农历|阴历|旧历)\s*(` + promiseNum + `)|(正|冬|腊))\s*月\s*(` + lunarDayText + `)` +
	`|(` + lunarFestivalRe + `)` +
	`)`

// lunarDayText is a day of a lunar month as villagers say it: 初八, 廿三,
// 二十, 十五, 三十, 15号, 底.
const lunarDayText = `初[一二三四五六七八九十]|廿[一二三四五六七八九]?|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[0-9]{1,2}\s*[号日]?|[底末]`

// dueRe finds a day followed by what is to be done on it, with no 前:
// 「下周一给」, 「月底还清」, 「12月20号把钱送过去」 (promiseRe's groups).
var dueRe = regexp.MustCompile(promiseDay + `\s*(?:就|再|都)?\s*(?:把钱|把墙)?\s*[给还付赔交拆退补送挪搬修砌清]`)

// withinRe finds a number of days something is to be done within:
// 「三天内给」, 「3天之内拆掉」, 「一个星期内还清」.
var withinRe = regexp.MustCompile(`(` + promiseNum + `|两|半)\s*(?:个)?\s*(天|日|星期|礼拜|周|月)\s*(?:之|以)?内`)

// promiseSlack is how far back a named day is read as this year's day gone
// by rather than next year's: on 10 March "3月6日前" is four days late,
// not next March; on 30 November "3月6日前" is next March.
const promiseSlack = 60 * 24 * time.Hour

// PromiseIn reads the first promised day of note, as read at now, in now's
// zone. A month and day take the year that puts the day nearest to now; a
// nearest day more than promiseSlack back is next year's. A weekday is
// this week's (Monday to Sunday) with 本 or 这, next week's with 下, and
// without either the next one from today on; 月底 is the end of this month
// (下月底: next month's). ok is false when the note names no valid day
// (2月30日 is none).
func PromiseIn(note string, now time.Time) (p Promise, ok bool) {
	if !strings.Contains(note, "前") {
		return Promise{}, false // every promise ends so (promiseRe): most notes need no search
	}
	return dayIn(promiseRe, note, now)
}

// WithoutNames is note with each name isName takes (2 to 4 characters,
// the longest at each place) written as 某 for each of its characters,
// for reading a day out of it: a name's numeral is not the day's
// (「陈二十天内还钱」 is 陈二 and 十天, not 二十天; 「张三月底前给」 is
// 张三 and 月底). A nil isName leaves note as it is.
func WithoutNames(note string, isName func(string) bool) string {
	if isName == nil {
		return note
	}
	rs := []rune(note)
	changed := false
	for i := 0; i+2 <= len(rs); i++ {
		for k := min(4, len(rs)-i); k >= 2; k-- {
			if isName(string(rs[i : i+k])) {
				for j := i; j < i+k; j++ {
					rs[j] = '某'
				}
				changed = true
				i += k - 1
				break
			}
		}
	}
	if !changed {
		return note
	}
	return string(rs)
}

// NamesOf takes the names of people of villageName (of every village
// when ""), exactly as the roster writes them, for WithoutNames.
func NamesOf(people []Person, villageName string) func(string) bool {
	set := make(map[string]bool, len(people))
	for _, p := range people {
		if villageName == "" || p.Village == villageName {
			set[p.Name] = true
		}
	}
	return func(n string) bool { return set[n] }
}

// DueIn reads the day by which note says something is to be done, as read
// at now in now's zone: a promise (PromiseIn: 「下周一前给」), a day with
// what is done on it and no 前 (「下周一给」, 「月底还清」), or a number of
// days, weeks or months it is to be done within (「三天内给」, 「一个星期之
// 内拆掉」: the last of them). A mediation's 办结 says when the money is
// due so (the 回访 waits for that day). ok is false when it names none.
func DueIn(note string, now time.Time) (p Promise, ok bool) {
	if p, ok = PromiseIn(note, now); ok {
		return p, true
	}
	if p, ok = dayIn(dueRe, note, now); ok {
		return p, true
	}
	if p, ok = AfterFestival(note, now); ok {
		return p, true
	}
	m := withinRe.FindStringSubmatch(note)
	if m == nil {
		return Promise{}, false
	}
	n, half := 0, m[1] == "半"
	switch {
	case half:
	case m[1] == "两":
		n = 2
	default:
		if n, ok = promiseNumber(m[1]); !ok || n < 1 {
			return Promise{}, false
		}
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	var day time.Time
	switch m[2] {
	case "天", "日":
		if half {
			return Promise{}, false // 「半天内」: today, no day to wait for
		}
		day = today.AddDate(0, 0, n)
	case "月":
		if half {
			day = today.AddDate(0, 0, 15)
		} else {
			day = today.AddDate(0, n, 0)
		}
	default: // 星期, 礼拜, 周
		if half {
			return Promise{}, false
		}
		day = today.AddDate(0, 0, 7*n)
	}
	return Promise{Day: day, By: EndOfDay(day)}, true
}

// dayIn reads the first day re (promiseRe's groups) finds in note, as
// PromiseIn reads it.
func dayIn(re *regexp.Regexp, note string, now time.Time) (p Promise, ok bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	for _, m := range re.FindAllStringSubmatchIndex(note, -1) {
		g := func(i int) string { return group(note, m, i) }
		var day time.Time
		switch {
		case g(1) != "":
			if chineseWordBefore(note[:m[2]], g(1)) {
				return dayIn(re, note[m[3]:], now) // 「统一月底前」: read on from 月底
			}
			day, ok = nearestDate(today, g(1), g(2))
		case g(5) != "":
			day, ok = weekday(today, g(4), g(5)), true
		case g(9) != "":
			day, ok = today.AddDate(0, 0, 3), true
		case g(11) != "":
			day, ok = monthDay(today, g(10), g(11))
		case g(17) != "":
			if month, d, okd := lunarMonthDay(g(16), g(15), g(17)); okd {
				day, ok = nearestLunar(today, month, d)
			}
		case g(18) != "":
			md := lunarFestivals[g(18)]
			day, ok = nearestLunar(today, md[0], md[1])
		case g(12) != "" || g(13) != "" && festivalWord(note[:m[26]], note[m[27]:]):
			day, ok = festival(today, g(12))
		case g(13) != "":
			continue // 「三年前」, 「今年还」: no day
		case strings.Contains(note[m[0]:m[1]], "月"): // 月底, 下个月底
			day, ok = time.Date(today.Year(), today.Month()+shift(g(6))+1, 0, 0, 0, 0, 0, loc), true
		case strings.Contains(note[m[0]:m[1]], "年"): // 年底, 明年底
			y := today.Year()
			if g(7) == "明年" {
				y++
			}
			day, ok = time.Date(y, time.December, 31, 0, 0, 0, 0, loc), true
		case g(8) != "":
			day, ok = today.AddDate(0, 0, 1), true
			if g(8) == "后天" {
				day = today.AddDate(0, 0, 2)
			}
		}
		if ok {
			return Promise{Day: day, By: EndOfDay(day), Past: day.Before(today)}, true
		}
	}
	return Promise{}, false
}

// monthDay is day dayText of the month prefix names (「下个月10号」: next
// month's; 「这个月20号」, 「本月」: this one's; 上: last month's); with no
// prefix, this month's when it is still to come, else next month's
// (「20号前给」 said on the 25th is next month's 20th). ok is false for no
// such day (「31号」 of a month of 30 days: the cadre is asked nothing, the
// note promises none).
func monthDay(today time.Time, prefix, dayText string) (time.Time, bool) {
	n, ok := promiseNumber(dayText)
	if !ok || n < 1 || n > 31 {
		return time.Time{}, false
	}
	month := today.Month() + shift(prefix)
	if prefix == "" && n < today.Day() {
		month++
	}
	d := time.Date(today.Year(), month, n, 0, 0, 0, 0, today.Location())
	if d.Day() != n {
		return time.Time{}, false
	}
	return d, true
}

// festival is the day a settlement said by a festival is due: 元旦 (前) by
// the last day of the year, 春节, 过年 or 年 (前) by the eve of the next
// Spring Festival (today's own eve included; lunarYears). ok is false past
// the years lunarYears lists.
func festival(today time.Time, word string) (time.Time, bool) {
	loc := today.Location()
	if word == "元旦" {
		return time.Date(today.Year(), time.December, 31, 0, 0, 0, 0, loc), true
	}
	for _, y := range []int{today.Year(), today.Year() + 1} {
		first, ok := lunarDay(y, 1, 1, loc)
		if !ok {
			continue
		}
		if eve := first.AddDate(0, 0, -1); !eve.Before(today) {
			return eve, true
		}
	}
	return time.Time{}, false
}

// afterFestivalRe is a payment put off till after the Spring Festival,
// with what is to be done then: 「年后再给」, 「过完年就还」, 「春节后一定还
// 清」, 「等过了年再说」 is no payment (med110).
var afterFestivalRe = regexp.MustCompile(`(年后|年以后|年之后|过完年|过了年|过年以后|过年后|春节后|春节以后|年过完)\s*(?:一定|肯定|保证|马上)?\s*(?:就|再|才|都)?\s*(?:把钱)?\s*(?:[给还付赔交补送]|结清|还清|一起)`)

// AfterFestival reads a day put off till after the Spring Festival
// (afterFestivalRe) as 正月十五 (元宵) of the festival to come: the new
// year's days are over and those home for it leave again. The festival is
// the next one whose 正月十五 is not past; 「三年后还」 names none.
func AfterFestival(note string, now time.Time) (p Promise, ok bool) {
	if !strings.Contains(note, "年") && !strings.Contains(note, "春节") {
		return Promise{}, false
	}
	m := afterFestivalRe.FindStringSubmatchIndex(note)
	if m == nil {
		return Promise{}, false
	}
	if r, _ := utf8.DecodeLastRuneInString(note[:m[2]]); m[2] > 0 && (unicode.IsDigit(r) || strings.ContainsRune("零一二三四五六七八九十百千万几多两半去今明前后每同当往那这新旧周成少整全", r)) {
		return Promise{}, false // 「三年后」, 「明年后」: a year counted
	}
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	for _, y := range []int{today.Year(), today.Year() + 1} {
		if day, ok := lunarDay(y, 1, 15, loc); ok && !day.Before(today) {
			return Promise{Day: day, By: EndOfDay(day)}, true
		}
	}
	return Promise{}, false
}

// festivalWord reports whether a 年 alone, between before and after, is
// the Spring Festival (「年前给清」, 「赶年前还上」): not a year counted or
// named (「三年前」, 「六千年前」, 「去年」, 「今年还没给」, 「2025年」):
// not after a numeral or a word that counts or names years. It must be followed by 前 (「年还」 is no day).
func festivalWord(before, after string) bool {
	if !strings.HasPrefix(strings.TrimLeft(after, " \t之以"), "前") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !unicode.IsDigit(r) && !strings.ContainsRune("零一二三四五六七八九十百千万几多两半去今明前后每同当往那这新旧周成少整全", r)
}

// PromiseMiswritten is the first day of note written as a promise's month
// and day that names no day ("2月30日前", "13月5日前"), as written without
// its 前, when note promises no valid day (PromiseIn): the cadre thinks he
// moved the deadline and did not. ok is false otherwise.
func PromiseMiswritten(note string, now time.Time) (written string, ok bool) {
	if _, valid := PromiseIn(note, now); valid {
		return "", false // PromiseIn also passes over notes without 前
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	for _, m := range promiseRe.FindAllStringSubmatchIndex(note, -1) {
		if m[2] < 0 || chineseWordBefore(note[:m[2]], note[m[2]:m[3]]) {
			continue // no month and day, or 「统一月底前」
		}
		day := ""
		if m[4] >= 0 {
			day = note[m[4]:m[5]]
		}
		if _, ok := nearestDate(today, note[m[2]:m[3]], day); !ok {
			return strings.TrimRight(note[m[0]:m[1]], "前之以 \t"), true
		}
	}
	return "", false
}

// chineseWordBefore reports whether a month written as a lone 一 ends a
// word rather than starting a date: 「统一月底前交齐」 is no January.
func chineseWordBefore(before, month string) bool {
	if month != "一" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("统每同单唯第逐这那之", r)
}

// shift is how many weeks or months a prefix moves from the present one:
// 上 back one, 下 on one, 本, 这 or none stay.
func shift(prefix string) time.Month {
	switch {
	case strings.HasPrefix(prefix, "上"):
		return -1
	case strings.HasPrefix(prefix, "下"):
		return 1
	}
	return 0
}

// weekday is the day of the week wd ("五", "日", "5") that prefix names:
// with 上, 本, 这 or 下 in that week (weeks run Monday to Sunday), without
// one the next such day from today on.
func weekday(today time.Time, prefix, wd string) time.Time {
	want := 7 // 日, 天
	if i := strings.Index("一二三四五六", wd); i >= 0 {
		want = i/3 + 1 // each a 3-byte rune
	} else if n, err := strconv.Atoi(wd); err == nil {
		want = n
	}
	now := (int(today.Weekday())+6)%7 + 1 // Monday 1 … Sunday 7
	if prefix == "" {
		return today.AddDate(0, 0, (want-now+7)%7)
	}
	return today.AddDate(0, 0, want-now+7*int(shift(prefix)))
}

// nearestDate is month/day ("3", "6"; "三", "六") in the year that puts it
// nearest to today, or the next when that is more than promiseSlack back.
// An empty day is the month's last. ok is false for no such date.
func nearestDate(today time.Time, monthText, dayText string) (time.Time, bool) {
	month, ok := promiseNumber(monthText)
	if !ok || month < 1 || month > 12 {
		return time.Time{}, false
	}
	day := 0 // the month's last: time.Date normalises day 0 of the next month
	if dayText != "" {
		if day, ok = promiseNumber(dayText); !ok || day < 1 || day > 31 {
			return time.Time{}, false
		}
	}
	best, ok := closestYear(today, month, day)
	if !ok {
		return time.Time{}, false
	}
	if today.Sub(best) > promiseSlack {
		best = best.AddDate(0, 12, 0)
		if day == 0 {
			best = time.Date(best.Year(), best.Month()+1, 0, 0, 0, 0, 0, today.Location())
		}
	}
	return best, true
}

// closestYear is month/day (day 0: the month's last) in the year that
// puts it nearest to today. ok is false for no such date.
func closestYear(today time.Time, month, day int) (best time.Time, ok bool) {
	loc := today.Location()
	for _, y := range []int{today.Year() - 1, today.Year(), today.Year() + 1} {
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
		if day == 0 {
			d = time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, loc)
		} else if d.Day() != day {
			return time.Time{}, false // no such day: time.Date normalised it
		}
		if best.IsZero() || absDur(d.Sub(today)) < absDur(best.Sub(today)) {
			best = d
		}
	}
	return best, true
}

// promiseNumber reads 1 to 99 in ASCII digits or Chinese numerals: 六,
// 十, 十六, 二十, 二十六.
func promiseNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	digit := func(r string) int { // 0 when r is not one
		if i := strings.Index("一二三四五六七八九", r); i >= 0 && utf8.RuneCountInString(r) == 1 {
			return i/3 + 1 // each a 3-byte rune
		}
		return 0
	}
	tens, ones, found := strings.Cut(s, "十")
	if !found {
		n := digit(s)
		return n, n > 0
	}
	t, o := 1, 0
	if tens != "" {
		if t = digit(tens); t == 0 {
			return 0, false
		}
	}
	if ones != "" {
		if o = digit(ones); o == 0 {
			return 0, false
		}
	}
	return 10*t + o, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dayRe finds a day named in a note: a month and day ("12月4日",
// "十二月四号"), or a day counted from today (dayWords: "明天", "大后天";
// pastDays: "昨晚", "前天"; laterDays: "过两天"), or 这两天 of what is still to
// come (soonDaysRe).
var dayRe = regexp.MustCompile(`(` + promiseNum + `)\s*月\s*(` + promiseNum + `)\s*[日号]|(` + countedDayWords() + `)|` + soonDaysRe)

// laterDays put a thing a few days off without naming the day: 过两天
// (about two days on), 过几天 / 过些天 (some days on, read as three), 改
// 天 (another day: at the least tomorrow). Only DayNamed reads them: a
// notice names its days (noticedays.go), and DaysOn leaves them as said.
var laterDays = map[string]int{"过两天": 2, "过几天": 3, "过些天": 3, "过几日": 3, "改天": 1, "改日": 1}

// soonDaysRe is 这两天 said of what is still to come ("这两天就修好",
// "这两天能弄好", "这两天内"): within a day or two. Said of what has
// been ("这两天一直停水") it names no day.
const soonDaysRe = `这两天(?:就|能|会|要|内|之内|争取|尽快)`

// pastDays are the days gone by a note may count from today, beside
// those a notice may name (dayWords).
var pastDays = map[string]int{"昨天": -1, "昨晚": -1, "昨儿": -1, "前天": -2}

// countedDayWords is the alternation of dayWords and pastDays, longest
// first ("大后天" before "后天").
func countedDayWords() string {
	var words []string
	for _, w := range dayWords {
		words = append(words, w.word)
	}
	for _, m := range []map[string]int{pastDays, laterDays} {
		for w := range m {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return strings.Join(words, "|")
}

// countedDay is how many days from today word (of dayWords, pastDays or
// laterDays) is.
func countedDay(word string) int {
	for _, w := range dayWords {
		if w.word == word {
			return w.days
		}
	}
	if days, ok := laterDays[word]; ok {
		return days
	}
	return pastDays[word]
}

// DayNamed reads the first day note names, as read at now, at midnight in
// now's zone: a month and day in the year that puts it nearest to now
// (said of work done, "10月1日修好了" on 4 December is this year's; a
// day gone by is no slip of the pen here, unlike a promise's), or a day
// counted from today. ok is false when note names no valid day.
func DayNamed(note string, now time.Time) (day time.Time, ok bool) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	day, _, _, ok = dayNamedAt(note, today)
	return day, ok
}

// group is the text of submatch i of a match m of FindAllStringSubmatchIndex
// on text; "" when it matched nothing.
func group(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// dayNamedAt is DayNamed's day read at today (midnight), and where in
// note it is written ([at, end)).
func dayNamedAt(note string, today time.Time) (day time.Time, at, end int, ok bool) {
	for _, m := range dayRe.FindAllStringSubmatchIndex(note, -1) {
		g := func(i int) string { return group(note, m, i) }
		if g(3) != "" {
			return today.AddDate(0, 0, countedDay(g(3))), m[0], m[1], true
		}
		if g(1) == "" {
			return today.AddDate(0, 0, 1), m[0], m[1], true // soonDaysRe: 这两天就…
		}
		month, okm := promiseNumber(g(1))
		d, okd := promiseNumber(g(2))
		if !okm || !okd || month < 1 || month > 12 || d < 1 || d > 31 {
			continue
		}
		if best, ok := closestYear(today, month, d); ok {
			return best, m[0], m[1], true
		}
	}
	return time.Time{}, 0, 0, false
}

// bareDayRe is a day of the month written alone ("5号", "十五号"), not a
// number of a thing ("3号楼", "2号线") nor the day of a month ("12月5号",
// which dayRe reads).
var bareDayRe = regexp.MustCompile(`(?:^|[^0-9一二三四五六七八九十月])(` + promiseNum + `)\s*号(?:$|[^楼院房栋门线路车机井地田组户桶])`)

// lastMonthDayRe is a day of last month a deed is told as done on
// (「上个月28号」, 「上月30日」): DeedDay. Its group: the day.
var lastMonthDayRe = regexp.MustCompile(`上个?月\s*(` + promiseNum + `)\s*[号日]`)

// deedWeekdayRe is a weekday a deed is told as done on (「周三帮五保户打扫
// 卫生」, 「上周三」, 「上个礼拜天」, 「这星期二」). Its groups: 1 the prefix
// (上上, 上, 上个, 本, 这, 这个), 2 the weekday. Not a count of weeks
// (「一周三次」, 「两个星期六天」), nor every week's (「每周三」), nor a count of
// days after it (「上周三天都在」).
var deedWeekdayRe = regexp.MustCompile(`(?:^|[^一二两三四五六七八九十几百0-9０-９每个])` +
	`(上上个?|上个?|本|这个?)?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])(?:$|[^次回趟遍个天日号年月周])`)

// deedWeekday is the day a weekday told of a deed at today (midnight)
// names: 上周三 last week's, 上上周三 the week before's, 本周三 / 这周三
// this week's (ok false when still to come: a deed is done), a bare 周三
// the latest Wednesday not after today (today itself on a Wednesday).
// Weeks run Monday to Sunday.
func deedWeekday(text string, today time.Time) (day time.Time, ok bool) {
	m := deedWeekdayRe.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	prefix, wd := m[1], m[2]
	switch {
	case strings.HasPrefix(prefix, "上上"):
		day = weekday(today, "上", wd).AddDate(0, 0, -7)
	case prefix != "":
		day = weekday(today, prefix, wd)
	default:
		if day = weekday(today, "本", wd); day.After(today) {
			day = day.AddDate(0, 0, -7)
		}
	}
	return day, !day.After(today)
}

// deedFestivalRe is a festival or a lunar day a deed is told as done on
// (「元旦那天扫雪」, 「除夕帮五保户贴对联」, 「腊月二十三」): DeedDay. Its
// groups: 1 元旦, 2 春节's first day, 3 a lunar festival, 4–7 a lunar
// month and day as promiseDay's 14–17.
var deedFestivalRe = regexp.MustCompile(`(元旦)|(春节|大年初一|正月初一)|(` + lunarFestivalRe + `)` +
	`|(?:(农历|阴历|旧历)\s*(` + promiseNum + `)|(正|冬|腊))\s*月\s*(` + lunarDayText + `)`)

// deedFestival is the day of the festival or lunar day text tells a deed
// done on (deedFestivalRe), the latest not after today: 「元旦那天」 said
// in December is this year's 1 January, in January this one's; 「除夕」
// said in December last winter's. ok is false for none, one past the
// years lunarYears lists, or one said to come (「明年元旦」, FestivalAhead).
func deedFestival(text string, today time.Time) (day time.Time, ok bool) {
	day, ahead, ok := festivalNamed(text, today)
	return day, ok && !ahead
}

// FestivalAhead is the festival or lunar day text names said of the year
// to come (「明年元旦」, 「来年春节」): the first after now in a later
// year than now's. ok is false for none, or one not said so: a deed told
// of 「明年元旦」 is one still to come (pts108: it was read as the last 元旦).
func FestivalAhead(text string, now time.Time) (day time.Time, ok bool) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	day, ahead, ok := festivalNamed(text, today)
	return day, ok && ahead
}

// nextYearWords say that what follows is of the year to come (明年元旦).
var nextYearWords = []string{"明年", "来年", "下一年", "下年"}

// festivalNamed is the day of the festival or lunar day text names
// (deedFestivalRe): when a year to come is said before it (nextYearWords;
// ahead), the first after today in a later year than today's, else the
// latest not after today.
func festivalNamed(text string, today time.Time) (day time.Time, ahead, ok bool) {
	at := deedFestivalRe.FindStringSubmatchIndex(text)
	if at == nil {
		return time.Time{}, false, false
	}
	m := func(i int) string { return group(text, at, i) }
	before := strings.TrimSuffix(strings.TrimRight(text[:at[0]], " "), "的")
	ahead = slices.ContainsFunc(nextYearWords, func(w string) bool { return strings.HasSuffix(before, w) })
	loc := today.Location()
	if m(1) != "" {
		if ahead {
			return time.Date(today.Year()+1, time.January, 1, 0, 0, 0, 0, loc), true, true
		}
		return time.Date(today.Year(), time.January, 1, 0, 0, 0, 0, loc), false, true
	}
	month, d, okd := festivalMonthDay(m)
	if !okd {
		return time.Time{}, ahead, false
	}
	if ahead {
		for y := today.Year(); y <= today.Year()+1; y++ { // a lunar year's 腊月 falls in the next Gregorian year
			if ld, found := lunarDay(y, month, d, loc); found && ld.Year() > today.Year() {
				return ld, true, true
			}
		}
		return time.Time{}, true, false
	}
	for y := today.Year(); y >= today.Year()-2; y-- {
		if ld, found := lunarDay(y, month, d, loc); found && !ld.After(today) {
			return ld, false, true
		}
	}
	return time.Time{}, false, false
}

// festivalMonthDay is the lunar month and day of a deedFestivalRe match
// (m its submatches) naming a festival or a lunar day; 1, 1 (春节) for
// the festivals without a table row.
func festivalMonthDay(m func(int) string) (month, d int, ok bool) {
	switch {
	case m(3) != "":
		md := lunarFestivals[m(3)]
		return md[0], md[1], true
	case m(7) != "":
		return lunarMonthDay(m(6), m(5), m(7))
	}
	return 1, 1, true
}

// FestivalComing is the first day after now's that the festival or
// lunar day text names falls on (deedFestivalRe: 元旦, 腊月二十三), at
// midnight in now's zone, whatever year the words give it: the one a
// question about a deed of that day may mean when DeedDay reads the last
// one (「腊月二十三那天帮王奶奶扫房子 能加分不」 in December: 小年 is weeks
// away, pts111). ok is false when text names none, or tells the deed
// after it done (doneAfterRe: 「腊月二十三帮王奶奶扫了房子」 was the last one).
func FestivalComing(text string, now time.Time) (day time.Time, ok bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	at := deedFestivalRe.FindStringSubmatchIndex(text)
	if at == nil || doneAfterRe.MatchString(text[at[1]:]) {
		return time.Time{}, false
	}
	m := func(i int) string { return group(text, at, i) }
	if m(1) != "" {
		return time.Date(today.Year()+1, time.January, 1, 0, 0, 0, 0, loc), true
	}
	month, d, ok := festivalMonthDay(m)
	if !ok {
		return time.Time{}, false
	}
	for y := today.Year() - 1; y <= today.Year()+1; y++ { // a lunar year's 腊月 falls in the next Gregorian year
		if ld, found := lunarDay(y, month, d, loc); found && ld.After(today) {
			return ld, true
		}
	}
	return time.Time{}, false
}

// doneAfterRe tells a deed done after the day that names it: a
// perfective 了 or 过 (「3月8号帮王奶奶挑了水」), not 过年/过来 nor 了解.
var doneAfterRe = regexp.MustCompile(`了|过[^年来去节]`)

// monthDayDone is the day a month and day written out names when the
// deed after it is told done (doneAfterRe) and DayNamed's nearest such
// day is still to come: the latest one not after today (pts109: 「3月8号
// 帮五保户挑了水」 said in December was next March's, a deed "to come").
// Without 了 the nearest stands (「申请积分 12月28号帮王奶奶扫雪」 on the
// 8th is still to come, pts107).
func monthDayDone(text string, today time.Time) (day time.Time, ok bool) {
	m := dayRe.FindStringSubmatchIndex(text)
	if m == nil || m[2] < 0 || !doneAfterRe.MatchString(text[m[1]:]) {
		return time.Time{}, false
	}
	month, okm := promiseNumber(text[m[2]:m[3]])
	d, okd := promiseNumber(text[m[4]:m[5]])
	if !okm || !okd || month < 1 || month > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	for _, y := range []int{today.Year(), today.Year() - 1} {
		if day := time.Date(y, time.Month(month), d, 0, 0, 0, 0, today.Location()); day.Day() == d && !day.After(today) {
			return day, true
		}
	}
	return time.Time{}, false
}

// DeedDay is the day a deed told at now was done, at midnight in now's
// zone: the day its words name (DayNamed: 昨天, 前天, 12月3日), else a
// weekday (deedWeekday: 周三, 上周三, 礼拜天), else a day of last month
// (「上个月28号」), else a festival or lunar day (deedFestival: 元旦, 除夕,
// 腊月二十三), else a day of the month written alone (「5号」: the
// latest 5th not after now), else now's own
// day. A deed is done: a day named still to come (明天, 这周五 said on a
// Monday) names none. named is false when the words name no day.
func DeedDay(text string, now time.Time) (day time.Time, named bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	if d, ok := DayNamed(text, now); ok && !d.After(today) {
		return d, true
	}
	if d, ok := monthDayDone(text, today); ok {
		return d, true
	}
	if d, ok := deedWeekday(text, today); ok {
		return d, true
	}
	if m := lastMonthDayRe.FindStringSubmatch(text); m != nil {
		// 「上个月28号」 in January: December's 28th (pts106)
		if n, ok := promiseNumber(m[1]); ok {
			if d := time.Date(today.Year(), today.Month()-1, n, 0, 0, 0, 0, loc); d.Day() == n {
				return d, true
			}
		}
	}
	if d, ok := deedFestival(text, today); ok {
		return d, true
	}
	if m := bareDayRe.FindStringSubmatch(text); m != nil {
		if n, ok := promiseNumber(m[1]); ok && n >= 1 && n <= 31 {
			for back := range 3 { // this month's, else an earlier month's
				d := time.Date(today.Year(), today.Month()-time.Month(back), n, 0, 0, 0, 0, loc)
				if d.Day() == n && !d.After(today) {
					return d, true
				}
			}
		}
	}
	return today, false
}
