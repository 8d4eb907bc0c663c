package words

import (
	"strings"
	"unicode"
)

// timeAsksOfOther are the words that ask how long or when, after which a
// villager may name another thing to be done than the procedure itself:
// "批下来多久要开工" asks when work must start, not how long approval
// takes (appr100).
var timeAsksOfOther = []string{"多长时间", "多久", "几天", "几个月", "啥时候", "什么时候"}

// modalsBefore are the words between a time asked and the thing it is
// asked of ("多久要开工", "多长时间得去", "啥时候能去领").
var modalsBefore = []string{"以内", "之内", "内", "要", "得", "必须", "需要", "该", "应该", "能", "才能", "才", "就", "可以", "去"}

// ownTime are the words by which the thing asked is the procedure's own
// processing, which its 时限 line answers ("多久能批下来", "多久能办好",
// "几天能拿到", "多久到账"), or its deadline ("啥时候截止", "什么时候结束":
// the 时限 line tells it, appr108).
var ownTime = []string{"批", "办", "审", "下来", "拿", "领", "发", "到账", "到手", "收到", "好", "出来", "完", "证", "交", "缴", "截止", "截至", "结束"}

// TimeOfOther is the thing a question asks the time of when it is not
// the procedure's own processing: "批下来多久要开工" → 开工. The words
// right after the time asked, past a modal, up to the next break or
// ending particle, of at least two letters. "" when the time is of the
// procedure itself ("多久能批下来", "要多久"), or nothing follows.
func TimeOfOther(question string) string {
	for _, a := range timeAsksOfOther {
		at := strings.LastIndex(question, a)
		if at < 0 {
			continue
		}
		rest := question[at+len(a):]
		for trimmed := true; trimmed; {
			rest, trimmed = cutFillers(rest, modalsBefore, strings.CutPrefix)
		}
		end := strings.IndexFunc(rest, func(c rune) bool { return !unicode.Is(unicode.Han, c) })
		if end >= 0 {
			rest = rest[:end]
		}
		rest = strings.TrimRight(rest, "吗呢啊呀么嘛了哈")
		if len([]rune(rest)) < 2 || ContainsAnyOf(rest, ownTime...) {
			return ""
		}
		return rest
	}
	return ""
}
