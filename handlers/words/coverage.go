package words

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// coverageWords ask how the month's calls go, after 回访 ("回访覆盖率多少",
// "这个月回访得怎么样", "本月回访情况").
var coverageWords = []string{"覆盖", "完成率", "完成得", "完成了多少", "进度", "怎么样", "咋样", "怎样", "如何", "情况", "多少", "几个", "几位", "几人"}

// callOutcomeWords make a message with 回访 a call log, not a question
// about the month ("回访 王奶奶 已通 情况还好").
var callOutcomeWords = []string{"已通", "未接通", "打通", "没接", "没人接", "上门", "接通", "已转告"}

// personCallAskRe is a question whether an elder was phoned ("王奶奶这个
// 月打过电话没", "石德贵本月回访了吗"): her name, then the question.
var personCallAskRe = regexp.MustCompile(`^(\p{Han}{2,4}?)(?:这个月|本月|这月|这周|这礼拜|最近|这几天)?(?:有没有人|有人)?(?:打过电话|打了电话|打电话了|打过|打了|回访过|回访了|联系过|联系上|联系了)(?:了)?(?:没有|没|吗|么|不)$`)

// CoverageAsk is what a question about the month's calls asks: the
// coverage, or one elder's calls (name).
type CoverageAsk struct {
	Name string
}

// ReadCoverageAsk reads text as a question about this month's calls.
func ReadCoverageAsk(text string) (CoverageAsk, bool) {
	s := strings.Trim(strings.Join(strings.Fields(text), ""), "?？。!！~")
	if m := personCallAskRe.FindStringSubmatch(s); m != nil {
		return CoverageAsk{Name: m[1]}, true
	}
	if !strings.Contains(s, "回访") || ContainsAnyOf(s, callOutcomeWords...) || utf8.RuneCountInString(s) > 20 {
		return CoverageAsk{}, false
	}
	return CoverageAsk{}, ContainsAnyOf(s, coverageWords...)
}
