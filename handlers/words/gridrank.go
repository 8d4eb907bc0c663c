package words

import (
	"slices"
	"strings"
)

// gridsRankWords ask the township's grids compared (网格排名), after an
// optional month: 本月 (the default, so far) or 上月.
var gridsRankWords = []string{"各网格排名", "网格排名", "各网格排行", "网格排行", "各网格对比", "网格对比", "各网格比较", "网格比较"}

// GridsRecent is how many of a village's newest reports a comparison of
// the grids reads besides the open ones: more than a month's.
const GridsRecent = 1000

// ReadGridsAsk reads text as a question for the grids compared: lastMonth
// when it asks about last month.
func ReadGridsAsk(text string) (lastMonth, ok bool) {
	if !strings.Contains(text, "网格") || len(text) > 60 {
		return false, false // ordinary chat, passed over cheaply
	}
	s := strings.Trim(strings.Join(strings.Fields(text), ""), "?？。!！~")
	for _, m := range []string{"上个月", "上月", "本月", "这个月", "这月"} {
		if rest, found := strings.CutPrefix(s, m); found {
			s, lastMonth = strings.TrimPrefix(rest, "的"), strings.HasPrefix(m, "上")
			break
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "情况"), "一下")
	return lastMonth, slices.Contains(gridsRankWords, s)
}

// monthHowWords ask how a month went, after its name: 「这个月的情况」.
var monthHowWords = []string{"情况", "情况怎么样", "情况咋样", "情况如何", "怎么样", "咋样", "的情况", "的情况怎么样", "的情况咋样"}

// ReadMonthAsk reads text as an officer's question of how this month (or
// the last) went, 「这个月的情况」「上个月情况怎么样」「全镇本月情况」, which
// the grids compared answer (town101: it had no answer); lastMonth when
// it asks about last month. Only the month and how it went: 「这个月的情况
// 报一下县里」 is a word to a colleague.
func ReadMonthAsk(text string) (lastMonth, ok bool) {
	if len(text) > 40 {
		return false, false
	}
	s := strings.TrimPrefix(strings.Trim(strings.Join(strings.Fields(text), ""), "?？。!！~"), "全镇")
	for _, m := range []string{"上个月", "上月", "本月", "这个月", "这月"} {
		if rest, found := strings.CutPrefix(s, m); found {
			return strings.HasPrefix(m, "上"), asksHowOrCount(rest, monthHowWords) // 「这个月一共多少件事」 too (town102)
		}
	}
	return false, false
}

// monthNumbers are the months by number as officers write them, the
// longest first: 「十二月」 before 「十月」 and 「二月」.
var monthNumbers = []struct {
	word string
	n    int
}{
	{"十二", 12}, {"十一", 11}, {"12", 12}, {"11", 11}, {"10", 10}, {"十", 10},
	{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9},
	{"1", 1}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}, {"6", 6}, {"7", 7}, {"8", 8}, {"9", 9},
}

// ReadMonthNumberAsk reads text as an officer's question of how a month
// named by its number went, 「12月的情况」「十一月份情况怎么样」「全镇11月
// 一共多少件事」 (town103: no answer, where 「这个月的情况」 had one), and
// which month (1–12; the year is the latest such month's, not after now).
// As ReadMonthAsk, only the month and how it went: 「12月的情况报一下县里」
// and a day 「12月8日的情况」 are not it.
func ReadMonthNumberAsk(text string) (month int, ok bool) {
	if len(text) > 40 || !strings.Contains(text, "月") {
		return 0, false
	}
	s := strings.TrimPrefix(strings.Trim(strings.Join(strings.Fields(text), ""), "?？。!！~"), "全镇")
	for _, m := range monthNumbers {
		rest, found := strings.CutPrefix(s, m.word+"月")
		if !found {
			continue
		}
		rest = strings.TrimPrefix(rest, "份")
		if asksHowOrCount(rest, monthHowWords) {
			return m.n, true
		}
		return 0, false
	}
	return 0, false
}
