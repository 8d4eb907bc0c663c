package words

import (
	"regexp"
	"strings"
	"time"
)

// kinHomeRe is one of her family coming home, or coming to see her:
// 「他儿子腊月二十五回来过年」, 「她闺女一家过年回来」, 「她孙子周末来看她」
// (call109).
var kinHomeRe = regexp.MustCompile(`(?:` + kin + `)(?:一家人?|两口子|他们|她们|们)?[^。；;，,！!？?]{0,10}?(?:回来|回家|回村|来看(?:她|他|老人)|过来看)`)

// KinComesHome reads note, a worker's words of an elder he phones, as
// telling only that one of her family comes home or comes to see her: no
// stay of hers (InHospital; nor 接: 「他儿子回来接他去城里」), no need nor
// smoke in her room, no question. news is the clause that tells it, for the reply (not 「电话我
// 照常打」 beside it). Her calls go on as they were (call109: 「石德贵他儿子
// 腊月二十五回来过年 电话我照常打」 was 这条没看懂).
func KinComesHome(note string, now time.Time) (news string, ok bool) {
	if !kinHomeRe.MatchString(note) || strings.ContainsAny(note, "?？吗接") || HeardAsked(note) {
		return "", false
	}
	if _, away := InHospital(note, now); away {
		return "", false
	}
	if _, need := needIn(note); need || FumesIndoors(note) {
		// 「她儿子回来了 屋里有烟味」: the smoke is the news (call112)
		return "", false
	}
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(CallSeps+"\n", r) }) {
		if kinHomeRe.MatchString(c) {
			return c, true
		}
	}
	return strings.Trim(note, CallSeps), true // 「她闺女 过年回来」
}

// visitsHerRe is a worker saying he will go and see her: 「下午我去他家看看」,
// 「明天上门看一下」, 「我过去瞧瞧」 (not done: 「去他家看了」 is a visit, a
// call log of its own).
var visitsHerRe = regexp.MustCompile(`(?:^|[^不没别])(?:去|到|过去|上)(?:她|他|老人)?(?:家里?|门)?(?:看看|看一下|看一眼|瞧瞧|瞅瞅)`)

// VisitsHer reports whether note, on a call that did not get through,
// says he will go to her home (call109: 「石德贵打了两次没人接 下午我去他家
// 看看」 was told only that he would be reminded to phone again).
func VisitsHer(note string) bool {
	return visitsHerRe.MatchString(note) && !strings.ContainsAny(note, "?？吗")
}
