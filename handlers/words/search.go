package words

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
)

// searchLed matches a cadre leading a search now: he or his people go
// somewhere to look ("我去后山找", "我们去河边找找", "我带人去水库那边
// 寻"), split up ("分头找", "大家分头去找"), or he sends one of them
// somewhere with people ("李四你带人去河边", "你们几个去村口找").
var searchLed = regexp.MustCompile(`(?:我|我们|咱们|咱|大家)(?:马上|现在|这就|赶紧|立马)?(?:带人|带几个人|带上人)?(?:去|到)\p{Han}{0,8}?(?:找|寻)|` +
	`分头(?:去)?(?:找|寻)|` +
	`你(?:们|们几个|俩)?(?:马上|赶紧)?(?:带人|带几个人|带上人)?(?:去|到)\p{Han}{1,8}`)

// Searches reports whether text, a grid cadre's unnumbered words while
// someone is missing, tell he leads a search now ("我去后山找 李四你带人
// 去河边", no 收到): his taking the missing alarm on (alarmAcked, alarm87).
// A question, a search put off ("明天再去找"), one called off or not
// needed ("不用找了", "别去找"), one he cannot go on, or a long message is
// none.
func Searches(text string) bool {
	if utf8.RuneCountInString(text) > 40 || strings.ContainsAny(text, "?？吗") || understand.LaterWords(text) ||
		ContainsAnyOf(text, stayAwayWords...) || ContainsAnyOf(text, "不用找", "别找", "别去", "不找", "找到", "找着", "回来了") {
		return false
	}
	return searchLed.MatchString(text)
}
