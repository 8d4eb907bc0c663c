package words

import (
	"slices"
	"strings"
)

// YearRecent is how many of a village's newest reports the year's items
// asked for read besides the open ones: more than a year's.
const YearRecent = 10000

// yearWords name the year asked about; last is whether it is last year.
var yearWords = []struct {
	word string
	last bool
}{{"今年以来", false}, {"今年", false}, {"本年度", false}, {"本年", false}, {"全年", false}, {"去年", true}, {"上一年", true}}

// yearFiller are words around the count asked, dropped before the
// question is matched: 「今年全镇一共反映了多少件事」 asks what 「今年多少件」 does.
var yearFiller = []string{"到现在", "至今", "全镇", "一共", "总共", "累计", "的", "了", "有", "一下"}

// countWords ask how many items a stretch had (or how it did at them),
// after its name and the fillers (yearFiller) are gone: 「这个月一共多少件
// 事」, 「今年办了多少件」 (read 办多少件).
var countWords = []string{"多少件", "多少件事", "多少件事情", "多少事", "多少个事", "多少事项", "多少件事项", "几件事", "事项", "事项情况",
	"反映多少件", "反映多少件事", "收到多少件", "收到多少件事", "办结多少件", "办多少件", "办多少件事",
	"办结率", "办结率多少", "按期办结率", "按期办结率多少", "超期多少件", "超期多少", "多少突发", "多少突发事件", "多少件突发", "突发多少件"}

// yearHowWords ask how the year went, once the year word and fillers are
// gone; countWords how many items it had.
var yearHowWords = []string{"情况", "情况怎么样", "情况咋样", "情况如何", "怎么样", "咋样"}

// asksHowOrCount reports whether rest, what follows a stretch's name
// (「今年」「这个月」), asks how it went (how) or how many items it had.
func asksHowOrCount(rest string, how []string) bool {
	if slices.Contains(how, rest) {
		return true
	}
	for _, f := range yearFiller {
		rest = strings.ReplaceAll(rest, f, "")
	}
	return slices.Contains(how, rest) || slices.Contains(countWords, rest)
}

// ReadYearAsk reads text as an officer's question of how this year (or
// the last) went or how many items it had, 「今年一共多少件事」「今年的情况」
// 「去年全镇一共反映了多少件」, which the year's items answer (town102: it
// had no answer); lastYear when it asks about last year. Only the year
// and what it asks: 「今年的积分多少」「今年的情况报一下县里」 are not it.
func ReadYearAsk(text string) (lastYear, ok bool) {
	if len(text) > 60 {
		return false, false
	}
	s := strings.Trim(strings.Join(strings.Fields(text), ""), "?？。!！~")
	s = strings.TrimPrefix(s, "全镇")
	for _, y := range yearWords {
		rest, found := strings.CutPrefix(s, y.word)
		if !found {
			continue
		}
		return y.last, asksHowOrCount(rest, yearHowWords)
	}
	return false, false
}
