package village

import (
	"regexp"
	"time"
)

// An elder's stay away said by the Spring Festival (「过完年再回来」,
// 「过了十五才回来」, 「过年回来」) names a lunar day, which the lunar table
// (lunarYears) turns into the day her routine calls resume (call103):
// before, such a stay named no day and was paused a week at a time.

// Days a return said by the festival is read as, lunar month and day.
var (
	// afterLantern: 「过完十五」, 「元宵以后」: 正月十六; 「开春回来」 too
	// (call104): spring work starts when the festival season ends, and a
	// call then finds her home or tells she is not back yet.
	afterLantern = [2]int{1, 16}
	// afterNewYear: 「过完年」, 「年后」, 「过了春节」: 正月初八, the first
	// working day after the festival's week (初一 to 初七).
	afterNewYear = [2]int{1, 8}
	// forNewYear: 「过年回来」, 「回来过年」: 小年 (腊月二十三), when people
	// home for the festival have mostly come: a call then finds her or
	// tells she is not back yet.
	forNewYear = [2]int{12, 23}
)

var (
	lanternWords = []string{"过完十五", "过了十五", "十五过了", "十五以后", "十五之后", "十五后", "过完元宵", "过了元宵", "元宵过了",
		"元宵以后", "元宵之后", "元宵节后", "元宵后", "过完正月十五", "正月十五以后", "正月十五后", "正月半以后",
		// spring (call104): before, 「开春才回来」 paused her calls a week
		"开春", "开了春", "春暖花开", "天暖和了", "天气暖和了", "暖和了再", "暖和点再", "明年春天", "春天再回", "春天才回", "春天回"}
	afterNewYearWords = []string{"过完年", "过了年", "年过完", "年过了", "过完春节", "过了春节", "春节过了", "春节以后", "春节之后", "春节后",
		"过年以后", "过年之后", "过年后", "年以后", "年后", "开年", "正月里", "出了正月"}
	forNewYearWords = []string{"过年回", "过年再回", "过年才回", "回来过年", "回家过年", "回村过年", "过年的时候回", "年前回", "年前再回", "年前才回",
		"住到过年", "待到过年", "呆到过年"}
)

// NewYearBack is the first day an elder away is home again, as text said
// at now names it by the Spring Festival: 正月十六 after 元宵 (or 开春), 正月初八
// after 春节, 小年 for a return to spend the festival at home; the next
// such day from today (a day gone by is next year's), at midnight in
// now's zone. ok is false when text names none, or past lunarYears.
func NewYearBack(text string, now time.Time) (time.Time, bool) {
	var day [2]int
	switch {
	case containsAny(text, lanternWords):
		day = afterLantern
	case containsAny(text, afterNewYearWords):
		day = afterNewYear
	case containsAny(text, forNewYearWords):
		day = forNewYear
	default:
		return time.Time{}, false
	}
	return nextLunar(StartOfDay(now), day)
}

// nextLunar is the next lunar month and day (day) after today, at
// midnight in today's zone; ok is false past lunarYears.
func nextLunar(today time.Time, day [2]int) (time.Time, bool) {
	for _, y := range []int{today.Year() - 1, today.Year(), today.Year() + 1} {
		if d, ok := lunarDay(y, day[0], day[1], today.Location()); ok && d.After(today) {
			return d, true
		}
	}
	return time.Time{}, false
}

// lunarNamedRe is a lunar day named outright (call105: 「腊月二十回来」
// paused her calls a week): a lunar month and day (「腊月二十」, 「正月初六」,
// 「农历十二月廿三」; groups 1–4 as promiseDay's 15–17, named by number
// after 农历, by 正/冬/腊, the day) or a festival of the season (5:
// 「小年」, 「腊八」, 「除夕」).
var lunarNamedRe = regexp.MustCompile(`(?:(农历|阴历|旧历)\s*(` + promiseNum + `)|(正|冬|腊))\s*月\s*(` + lunarDayText + `)` +
	`|(` + lunarBackFestivalRe + `)`)

// lunarBackFestivalRe are the festivals of lunarFestivals a return is
// said by outright (「小年回来」, 「腊八回来」); 元宵 is NewYearBack's
// (「过了元宵」: 正月十六).
const lunarBackFestivalRe = `大年三十|腊八节|大年夜|年三十|除夕|小年|腊八`

// lunarNamedAt is the first lunar day text names outright (lunarNamedRe),
// the one nearest to today (nearestLunar: 「腊月二十」 said in December is
// next January's), and where in text it is written. ok is false for none.
func lunarNamedAt(text string, today time.Time) (day time.Time, at, end int, ok bool) {
	for _, m := range lunarNamedRe.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string { return group(text, m, i) }
		md, found := lunarFestivals[g(5)]
		if !found {
			md[0], md[1], found = lunarMonthDay(g(3), g(2), g(4))
		}
		if !found {
			continue
		}
		if d, okd := nearestLunar(today, md[0], md[1]); okd {
			return d, m[0], m[1], true
		}
	}
	return time.Time{}, 0, 0, false
}

// NamesLunarDay reports whether text names a lunar day outright
// (「腊月二十回来」, 「小年前回来」), which BackDay reads (call105): it wins
// over a return by the festival (NewYearBack: 「腊月二十回来过年」 is the
// 20th, not 小年).
func NamesLunarDay(text string, now time.Time) bool {
	_, _, _, ok := lunarNamedAt(text, StartOfDay(now))
	return ok
}
