package words

import "regexp"

var (
	// deedYearBackRe is a deed told as done in a year before this one:
	// 「去年腊月」, 「去年冬天」, 「前年」, 「上一年」, 「去年12月28日」. Not a
	// time since then (「从去年开始」, 「去年起」, 「去年到现在」, 「去年以来」,
	// 「去年就一直」) nor one compared with (「比去年」, 「跟去年一样」).
	deedYearBackRe = regexp.MustCompile(`(去年|前年|上一年|头一年|大前年)`)
	// deedYearSinceRe are the words after it that make it a span reaching
	// this year, or a comparison, not the deed's year.
	deedYearSinceRe = regexp.MustCompile(`(?:从|自|比|跟|和|同|像)\s*(?:去年|前年|上一年|头一年|大前年)|(?:去年|前年|上一年|头一年|大前年)[^，,。！!；;\s]{0,6}?(?:开始|起|以来|到现在|至今|到今年|一直|每|也申请|申请过|评过|得过|一样)`)
	// deedThisYearRe names the deed's time in this year after all: 「去年
	// 申请过 今天又扫了雪」.
	deedThisYearRe = regexp.MustCompile(`今年|今天|昨天|前天|刚才|刚刚|这[两几]天|这周|这个月|本月|上周|上个月|今早|今儿|昨儿|又`)
)

// DeedYearBack reports how many years before the one it is told in a
// claim's text places its deed (「申请积分 去年腊月帮五保户扫雪」: 1; 「前年」:
// 2; 「大前年」: 3), or 0 when it names no earlier year, names one only as
// where a span begins or a comparison (「从去年开始每周去敬老院」), or also
// names a time of this year (「去年申请过 今天又去了」) (pts105).
func DeedYearBack(text string) int {
	m := deedYearBackRe.FindString(text)
	if m == "" || deedYearSinceRe.MatchString(text) || deedThisYearRe.MatchString(text) {
		return 0
	}
	switch m {
	case "前年":
		return 2
	case "大前年":
		return 3
	}
	return 1
}

// deedLunarRe are a season or month that straddles the new year: last
// year's winter or 腊月 may be this year's January.
var deedLunarRe = regexp.MustCompile(`冬天|冬季|腊月|正月|冬月|过年|春节|年前|年底|年根`)

// DeedYearLunar reports whether a deed DeedYearBack places last year is
// told by a time that may fall in this calendar year's first weeks
// (「去年腊月」, 「去年冬天」, 「去年过年」).
func DeedYearLunar(text string) bool { return deedLunarRe.MatchString(text) }
