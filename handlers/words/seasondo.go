package words

import (
	"regexp"
	"strings"
)

// seasonWords name a time of the year something is done in ("冬天能开工
// 不", "腊月能动工不").
var seasonWords = []string{"大冬天", "冬天", "冬季", "入冬", "下雪天", "下雪", "冰天雪地", "大冷天", "天冷", "上冻", "结冰", "腊月", "年前", "年底", "年后", "过年", "春节", "正月", "开春"}

// canDo asks whether a thing may be done, the thing after it ("能开工不",
// "能不能动工", "可以施工吗").
var canDo = regexp.MustCompile(`(?:能不能|可不可以|能否|可以|能)(\p{Han}{2,6})`)

// SeasonDoAsked is the time of the year a clause of question names and
// the words after the "能…不" that follows it in that clause ("宅基地批下来了 冬天能开工不" → 冬天, 开工不): whether
// a step may be done then, which a guide seldom writes; the caller takes
// the thing asked as the longest start of rest that a line of the guide
// holds (appr111). "" when it names no season or asks no 能.
func SeasonDoAsked(question string) (season, rest string) {
	for _, clause := range askSep.Split(question, -1) {
		// in one clause, the season before its 能: "冬天的养老保险什么时候截止交
		// 过了还能补交不" asks no 补交 in winter
		for _, s := range seasonWords {
			i := strings.Index(clause, s)
			if i < 0 {
				continue
			}
			if m := canDo.FindStringSubmatch(clause[i+len(s):]); m != nil {
				return s, m[1]
			}
			break
		}
	}
	return "", ""
}

// GuideVerbs read what a villager says he would do as the guide's word
// for it ("腊月能不能动工": the guide's 开工).
var GuideVerbs = strings.NewReplacer("动工", "开工", "破土", "开工", "开建", "开工")

// caseOfHer and caseOfHim tell the household asked of is another's, his
// mother's or a neighbour's he asks for ("王奶奶问 她是五保户 能领不").
var (
	caseOfHer = []string{"她是", "她家"}
	caseOfHim = []string{"他是", "他家"}
)

// WhoseCase is whose household a may-get question tells of: "您" for his
// own (ownCaseWords), "她" or "他" for another's he asks for (caseOfOther),
// "" when none ("低保户能领不" asks of a group in general; appr111).
func WhoseCase(question string) string {
	switch {
	case ContainsAnyOf(question, ownCaseWords...):
		return "您"
	case ContainsAnyOf(question, caseOfHer...):
		return "她"
	case ContainsAnyOf(question, caseOfHim...):
		return "他"
	}
	return ""
}
