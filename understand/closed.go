package understand

import (
	"regexp"
	"strings"
)

// closedMatter reports whether t tells of a matter already settled, and of
// nothing still open: a settling said as done ("上次打架的事调解好了", "两
// 家吵架的事已经解决了", "路灯的事早就处理了", "上次吵架的事已经好了"),
// not asked about ("调解好了吗"), denied ("还没调解好"), hoped for ("希望尽快
// 解决好") or set about ("网格员去调解了"), and after it nothing that puts
// the matter back in the present: a recurrence or a thing still undone
// ("调解好了又吵起来了", "处理了还是不行"), a contrast, a question, a plea
// or another problem named. It is news, not a new matter; an emergency
// told with it is read before (see Read), and wins.
func closedMatter(t string) bool {
	if containsAny(t, reopens) || containsAny(t, contrasts) || isQuestion(t) || containsAny(strip(t, settlings), pleas) {
		return false
	}
	if pastQuarrel(t) {
		return true
	}
	for _, loc := range settlingRe.FindAllStringIndex(t, -1) {
		before, after := t[:loc[0]], t[loc[1]:]
		if hasAnySuffix(before, openLeads) || hasAnyPrefix(after, askedAfter) {
			continue
		}
		if cat, _, _ := problem(after); cat != "" {
			continue // "上次的事调解好了 村口路灯坏了": a new matter after it
		}
		return true
	}
	return false
}

// pastQuarrel reports whether t only recalls a quarrel of long ago, told
// as over ("以前跟邻居吵过架", "去年两家打过一架") or named as a bygone matter
// and nothing else ("去年打架的事"), with no word of the present ("今天",
// "现在"): a memory, no matter to mediate. closedMatter has already ruled
// out a recurrence, a contrast, a question and a plea.
func pastQuarrel(t string) bool {
	return containsAny(t, pastMarks) && !containsAny(t, nowCues) && (quarrelledRe.MatchString(t) || bygoneMatterRe.MatchString(t))
}

// pastMarks date a matter back before the present one.
var pastMarks = newLexicon("去年", "前年", "以前", "之前", "上次", "上回", "那年", "早年", "当年", "小时候", "年轻时", "过去")

var (
	// quarrelledRe finds a quarrel told in the experiential aspect:
	// "吵过架", "打过一架", "闹过矛盾", "红过脸".
	quarrelledRe = regexp.MustCompile(`(?:吵|打|闹|骂|争|红)过(?:一)?(?:架|次|回|场|嘴|脸|矛盾|纠纷|官司)?`)
	// bygoneMatterRe finds a message that is only a matter of before
	// named: "去年打架的事", "上次那个纠纷".
	bygoneMatterRe = regexp.MustCompile(`^(?:去年|前年|以前|之前|上次|上回|那年)\p{Han}{0,12}(?:的事(?:情|儿)?|纠纷|矛盾)$`)
)

// settlingRe finds a settling said as done: a verb of settling with its
// result ("调解好了", "解决了", "早就处理了", "谈妥了", "和好了"), or a matter
// said to be fine ("的事已经好了", "那事早过去了").
// Every match holds a verb's rune, 和 or the 事 of 的事 (gated: 了 alone
// is in most messages).
var settlingRe = gate("调解处摆化协商谈和说劝结平搞私事握", regexp.MustCompile(settleVerbs+`|和好了|握手言和|的事(?:情|儿)?\p{Han}{0,4}(?:好了|过去了|没事了)`))

// settleVerbs is the verb of settling with its result: "调解好了", "解决了".
// Talking is not agreeing: 商量 and 谈 settle only with their result
// ("谈妥了", "商量好了", "谈拢了"); "商量了", "跟他家谈了 他不肯赔" tell a
// talk, no terms (und108).
const settleVerbs = `(?:(?:调解|解决|处理|摆平|化解|协调|和解|说和|劝和|了结|平息|搞定|私了)(?:好|完|妥|清楚|开)?|(?:商量|谈)(?:好|完|妥|拢|成|清楚|开))了`

// settleVerbRe finds settleVerbs alone (settlingRe may find "的事…好了"
// around it).
var settleVerbRe = regexp.MustCompile(settleVerbs)

// settlings are the words settlingRe finds: a plea word inside one ("处理好
// 了" holds 处理) asks nothing.
var settlings = newLexicon("处理好了", "处理完了", "处理了", "处理妥了")

// openLeads, right before a settling, say it has not come about or is
// only wished or set about: "还没调解好了" (sic), "没有解决了", "等调解好了",
// "希望解决了", "去调解了". Nobody said to settle it ("垃圾堆了好几天了
// 没人处理了", "冰没有人处理了") tells it left undone (und107).
var openLeads = newLexicon("没", "没有", "未", "不", "别", "等", "等到", "如果", "要是", "希望", "争取", "尽快", "赶紧", "帮忙", "能", "去", "来", "要", "想", "才",
	"没人", "没有人", "无人", "没谁", "谁也没", "也没人", "都没人")

// reopens put a settled matter back in the present: it came back, or is
// still not done ("又闹起来了", "还是没修好", "调解了也没用", "不认账了").
var reopens = newLexicon("又", "再次", "再一次", "还是", "还没", "仍", "依然", "依旧", "反悔", "变卦", "翻脸", "不认", "不算数", "没用", "不管用",
	"没解决", "没处理", "没调解", "没修", "不服", "至今", "到现在", "一直", "正在", "还在")

// settledByOthers reports whether a settling in t is said done by those
// whose work it is ("…的事村里调解好了", "网格员早就处理了"): no deed of the
// sender's to offer.
func settledByOthers(t string) bool {
	for _, loc := range settleVerbRe.FindAllStringIndex(t, -1) {
		before := strings.TrimRight(t[:loc[0]], "已经早就都也")
		if hasAnySuffix(before, settlers) {
			return true
		}
	}
	return false
}

// settlers are those whose work settling a matter is.
var settlers = newLexicon("村里", "村委", "村委会", "村干部", "干部", "网格员", "网格长", "书记", "主任", "调解员", "调解委员会", "派出所", "警察", "司法所", "镇里", "镇上", "领导", "组长")

// comesBack reports whether t, after the last word of resolutions, tells
// that the matter came back ("…处理好了 可是又漏了", "…处理好了 他又不认
// 了"): a recurrence, or a contrast naming a problem (see butProblem).
func comesBack(t string) bool {
	last := -1
	for _, w := range resolutions.words {
		if k := strings.LastIndex(t, w); k >= 0 {
			last = max(last, k+len(w))
		}
	}
	if last < 0 {
		return false
	}
	rest := t[last:]
	return containsAny(rest, recurrences) || butProblem(rest)
}

// recurrences say a matter came back after it was settled.
var recurrences = newLexicon("又", "再次", "再一次", "反悔", "变卦", "翻脸", "不认", "不算数", "没用", "不管用")

// talkFailed reports whether t tells a talk (商量了, 谈了, 说了好几回) and,
// after it, that it came to nothing: the other side refused or things
// stayed as they were ("…他不同意把柴火挪走", "…还是没谈拢", "…他家的柴火
// 还是堆我家门口"). Talking is not agreeing (settleVerbs, und108).
func talkFailed(t string) bool {
	loc := talkedRe.FindStringIndex(t)
	return loc != nil && containsAny(t[loc[1]:], talkCameToNothing)
}

var (
	// talkedRe is a talk told as done: "商量了", "谈过", "说了好几回".
	talkedRe = gate("商谈说讲沟协", regexp.MustCompile(`(?:商量|谈|说|讲|沟通|协商)(?:了|过)`))
	// otherHouses name the other household without its name.
	otherHouses = newLexicon("他家", "他们家", "她家", "两家")
	// talkCameToNothing say a talk changed nothing.
	talkCameToNothing = newLexicon("不同意", "不肯", "不让", "不答应", "不听", "不理", "不认", "没谈拢", "没谈成", "没谈妥", "谈不拢", "谈崩", "还是", "照样", "照旧")
)
