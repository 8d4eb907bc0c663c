package village

import (
	"regexp"
	"strings"
	"time"
)

// lunarYear is one year of the Chinese lunar calendar: the day of its
// 正月初一, its leap month (闰月, 0 for none: the leap month follows the
// month of that number) and the length of each month in order, the leap
// one included: bit i set when the i-th month has 30 days, else 29.
type lunarYear struct {
	year, month, day int // 正月初一 (Gregorian)
	leap             int
	long             uint16
}

// lunarYears is the lunar calendar the bot reads days by, from lunar 2024
// to lunar 2050 (the years' 正月初一 to the last 腊月 of 2050, in January
// 2051): the one source of every lunar day, 春节 and 除夕 included. A day
// past it is read as none (asked at once, as a settlement naming no day).
// 2024–2040 are taken from the Purple Mountain Observatory's calendar
// (2033 has its leap month after the 11th); 2041–2050 were computed with
// github.com/6tail/lunar-go v1.4.7 (寿星万年历), which gives 2024–2040
// exactly as the Observatory does (med102). It stops at 2050 on purpose:
// later years hold new moons so near midnight that tables disagree (2057),
// and a deployment outliving 2050 should take the Observatory's table.
var lunarYears = []lunarYear{
	{2024, 2, 10, 0, 0b0011011010010},
	{2025, 1, 29, 6, 0b0111010100101},
	{2026, 2, 17, 0, 0b0011100100101},
	{2027, 2, 6, 0, 0b0011001001011},
	{2028, 1, 26, 5, 0b0110010010111},
	{2029, 2, 13, 0, 0b0110010101011},
	{2030, 2, 3, 0, 0b0010101011010},
	{2031, 1, 23, 3, 0b0101011010110},
	{2032, 2, 11, 0, 0b0101101101001},
	{2033, 1, 31, 11, 0b1011101010010},
	{2034, 2, 19, 0, 0b0101101010010},
	{2035, 2, 8, 0, 0b0101100100101},
	{2036, 1, 28, 6, 0b1101001001011},
	{2037, 2, 15, 0, 0b0101001001011},
	{2038, 2, 4, 0, 0b0010010101011},
	{2039, 1, 24, 5, 0b0010101011011},
	{2040, 2, 12, 0, 0b0010110101101},
	{2041, 2, 1, 0, 0b0101101101010},
	{2042, 1, 22, 2, 0b1101101010010},
	{2043, 2, 10, 0, 0b0110110010010},
	{2044, 1, 30, 7, 0b1110100100101},
	{2045, 2, 17, 0, 0b0110100100101},
	{2046, 2, 6, 0, 0b0101001010101},
	{2047, 1, 26, 5, 0b1010010101101},
	{2048, 2, 14, 0, 0b0010010110110},
	{2049, 2, 2, 0, 0b0010110110101},
	{2050, 1, 23, 3, 0b0110110101010},
}

// length is the number of days of the year's i-th month in order (from
// 0, the leap month counted where it falls): 29 or 30.
func (ly lunarYear) length(i int) int {
	if ly.long&(1<<i) != 0 {
		return 30
	}
	return 29
}

// lunarDay is the Gregorian day, at midnight in loc, of day (1 to 30; 0
// for the month's last) of lunar month (1 to 12, not the leap one) of
// lunar year. ok is false for a year lunarYears lacks or a day the month
// has not (三十 of a month of 29 days).
func lunarDay(year, month, day int, loc *time.Location) (time.Time, bool) {
	i := year - lunarYears[0].year
	if i < 0 || i >= len(lunarYears) || month < 1 || month > 12 || day < 0 || day > 30 {
		return time.Time{}, false
	}
	ly := lunarYears[i]
	offset := 0
	for k := 1; ; k++ { // k counts months in order, the leap one included
		nth := k - 1
		m := k
		if ly.leap != 0 && k > ly.leap {
			m = k - 1 // past the leap month
		}
		length := ly.length(nth)
		if m == month && !(ly.leap != 0 && k == ly.leap+1) {
			if day == 0 {
				day = length
			}
			if day > length {
				return time.Time{}, false
			}
			return time.Date(ly.year, time.Month(ly.month), ly.day+offset+day-1, 0, 0, 0, 0, loc), true
		}
		offset += length
	}
}

// nearestLunar is lunar month/day (day 0: the month's last) in the lunar
// year that puts it nearest to today, or the next one when that is more
// than promiseSlack back, as nearestDate reads a Gregorian one: 「腊月二十
// 前」 said in December is next January's. ok is false past lunarYears or
// for no such day.
func nearestLunar(today time.Time, month, day int) (time.Time, bool) {
	var best time.Time
	for _, y := range []int{today.Year() - 2, today.Year() - 1, today.Year(), today.Year() + 1} {
		d, ok := lunarDay(y, month, day, today.Location())
		if ok && (best.IsZero() || absDur(d.Sub(today)) < absDur(best.Sub(today))) {
			best = d
		}
	}
	if best.IsZero() {
		return time.Time{}, false
	}
	if today.Sub(best) > promiseSlack {
		for y := today.Year() - 1; y <= today.Year()+1; y++ {
			if d, ok := lunarDay(y, month, day, today.Location()); ok && d.After(best) {
				return d, true
			}
		}
		return time.Time{}, false
	}
	return best, true
}

// lunarMonths are the months villagers name as lunar without 农历: 正月,
// 冬月 (the 11th), 腊月 (the 12th).
var lunarMonths = map[string]int{"正": 1, "冬": 11, "腊": 12}

// lunarFestivals are the lunar days a settlement may be due by, as month
// and day (day 0: the month's last). 小年 is the north's 腊月二十三 (the
// earlier of the two customs: asking a day early costs nothing).
var lunarFestivals = map[string][2]int{
	"除夕": {12, 0}, "大年三十": {12, 0}, "年三十": {12, 0}, "大年夜": {12, 0},
	"小年": {12, 23}, "腊八": {12, 8}, "腊八节": {12, 8},
	"元宵": {1, 15}, "元宵节": {1, 15}, "正月半": {1, 15},
	"端午": {5, 5}, "端午节": {5, 5},
	"中秋": {8, 15}, "中秋节": {8, 15},
}

// lunarFestivalRe is lunarFestivals' alternation, longest first.
const lunarFestivalRe = `大年三十|元宵节|端午节|中秋节|腊八节|正月半|大年夜|年三十|除夕|小年|元宵|端午|中秋|腊八`

// lunarMonthDay reads a lunar month (「腊」, 「正」, 「冬」, or 「十二」 with
// 农历) and day (「二十」, 「初八」, 「廿三」, 「15号」, 「底」) as numbers; day
// 0 is the month's last. ok is false for no such month or day.
func lunarMonthDay(named, numbered, dayText string) (month, day int, ok bool) {
	if m, found := lunarMonths[named]; found {
		month = m
	} else if month, ok = promiseNumber(numbered); !ok || month < 1 || month > 12 {
		return 0, 0, false
	}
	dayText = strings.TrimRight(dayText, " \t号日")
	switch {
	case dayText == "底" || dayText == "末":
		return month, 0, true
	case strings.HasPrefix(dayText, "初"):
		day, ok = promiseNumber(strings.TrimPrefix(dayText, "初"))
		return month, day, ok && day >= 1 && day <= 10
	case strings.HasPrefix(dayText, "廿"):
		day = 20
		if rest := strings.TrimPrefix(dayText, "廿"); rest != "" {
			n, okn := promiseNumber(rest)
			if !okn || n > 9 {
				return 0, 0, false
			}
			day += n
		}
		return month, day, true
	}
	day, ok = promiseNumber(dayText)
	if month == 12 && day == 30 {
		return month, 0, ok // 腊月三十 is 除夕, in a 腊月 of 29 days too
	}
	return month, day, ok && day >= 1 && day <= 30
}

// LunarName is day's name in the lunar calendar when it falls in 腊月 or
// 正月, the months villagers count the Spring Festival's debts by: 「腊月
// 二十」, 「除夕」 (腊月's last), 「正月十五」; "" for any other day, a leap
// month's, or one past lunarYears. A settlement's day said so reads
// 「1月27日（腊月二十）」 beside the date the bot counts by.
func LunarName(day time.Time) string {
	loc := day.Location()
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc)
	for i := len(lunarYears) - 1; i >= 0; i-- {
		ly := lunarYears[i]
		first := time.Date(ly.year, time.Month(ly.month), ly.day, 0, 0, 0, 0, loc)
		if day.Before(first) {
			continue
		}
		n := int(day.Sub(first).Hours()+12) / 24 // days since 正月初一 (DST-proof)
		for k := 1; k <= 13; k++ {
			length := ly.length(k - 1)
			if n >= length {
				n -= length
				continue
			}
			month := k
			if ly.leap != 0 && k > ly.leap {
				if k == ly.leap+1 {
					return "" // the leap month
				}
				month = k - 1
			}
			switch {
			case month == 12 && n == length-1:
				return "除夕"
			case month == 12:
				return "腊月" + lunarDayName(n+1)
			case month == 1:
				return "正月" + lunarDayName(n+1)
			}
			return ""
		}
		return "" // past the year's last month: the next year, not listed
	}
	return ""
}

// lunarDayName writes day 1 to 30 of a lunar month: 初一…初十, 十一…二十,
// 二十一…三十.
func lunarDayName(d int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	switch {
	case d <= 10:
		return "初" + digits[d]
	case d < 20:
		return "十" + digits[d-10]
	case d == 20 || d == 30:
		return digits[d/10] + "十"
	}
	return digits[d/10] + "十" + digits[d%10]
}

// lunarSaidRe finds a day said by the lunar calendar: a lunar month
// (腊月, 正月, 冬月, 农历…), a lunar festival, or the Spring Festival.
var lunarSaidRe = regexp.MustCompile(`[正冬腊]月|农历|阴历|旧历|` + lunarFestivalRe + `|春节|过年|年前|年底前`)

// SaysLunar reports whether note says a day by the lunar calendar
// (「腊月二十前给」, 「年前还清」): its day is told with its lunar name.
func SaysLunar(note string) bool { return lunarSaidRe.MatchString(note) }
