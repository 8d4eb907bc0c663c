package words

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// yieldWords are a party's words that he gives way: he pays, lets it go,
// or takes it as a misunderstanding.
var yieldWords = []string{"我赔", "俺赔", "咱赔", "赔就是了", "赔就是", "赔给你", "赔你", "照价赔", "算了", "不计较", "不追究", "好说好说", "都好说", "好商量",
	"和好了", "没事了", "是误会", "误会了", "一场误会", "我认了", "我认错"}

// yieldPays is an agreement to pay: "按市场价赔吧", "那就赔吧", "赔个两百吧".
var yieldPays = regexp.MustCompile(`(?:按|照)\p{Han}{0,8}赔|赔\p{Han}{0,6}吧`)

// notYielding are words that refuse or question what yieldWords seem to
// grant: "凭什么我赔", "不赔", "没完", "算了？没那么容易".
var notYielding = []string{"凭什么", "不赔", "没门", "休想", "别想", "没完", "不能算", "不会算", "没那么容易", "哪有那么", "想得美", "做梦"}

// Yields reports whether text is a party's word that he gives way in
// his quarrel: pays, lets it go, takes it as a misunderstanding; no
// refusal, question of it or threat.
func Yields(text string) bool {
	said := understand.Hear(text)
	if ContainsAnyOf(text, notYielding...) || understand.Threatens(said) || strings.ContainsAny(text, "?？") {
		return false
	}
	return ContainsAnyOf(text, yieldWords...) || yieldPays.MatchString(text)
}

// yieldLoose are yieldWords said as readily of anything else ("算了 明天
// 再去买吧", "没事了 我自己找到了"): of the quarrel only with its context
// (YieldsLoosely).
var yieldLoose = []string{"算了", "没事了", "好说好说", "都好说", "好商量", "是误会", "误会了"}

// YieldsLoosely reports whether text gives way (Yields) only by words
// said as readily of anything else (yieldLoose): a party's 「算了」 is of
// his quarrel only when he names it (QuarrelNamed), or when it answers its
// handlers' step (AfterStep).
func YieldsLoosely(text string) bool {
	return Yields(text) && !ContainsAnyOf(BlankWords(text, yieldLoose), yieldWords...) && !yieldPays.MatchString(text)
}

// yieldFillers are words a loose yield comes with that say nothing more:
// 「那就算了吧」, 「唉 我看算了」, 「行 没事了」.
var yieldFillers = []string{"那就", "就这样", "我看", "那", "就", "吧", "啊", "呀", "哦", "嘛", "了", "行", "好", "唉", "哎", "嗯", "也", "我", "都"}

// YieldsBare reports whether text, a loose yield (YieldsLoosely), says
// nothing besides it (yieldFillers): 「算了」, 「唉 那就算了吧」 answer what
// was proposed last; 「算了 明天再去镇上买吧」 tells of something else.
func YieldsBare(text string) bool {
	return YieldsLoosely(text) && !understand.HasContent(BlankWords(text, yieldLoose, yieldFillers))
}

// quarrelWords name a quarrel without its subject: "这事就算了", "不吵了".
var quarrelWords = []string{"这事", "那事", "这件事", "那件事", "这个事", "那个事", "这档子事", "吵", "矛盾", "纠纷", "调解", "他家", "她家", "你家", "他们家"}

// QuarrelNamed reports whether text names a quarrel: its words
// (quarrelWords) or one of names, the people it is between.
func QuarrelNamed(text string, names []string) bool {
	return ContainsAnyOf(text, quarrelWords...) || slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.Contains(text, n) })
}

// AfterStepWindow is how long after its handlers' 进展 a party's loose
// word (YieldsLoosely) still answers it.
const AfterStepWindow = time.Hour

// AfterStep reports whether at comes right after rep's handlers' latest
// 进展 (their proposal to the parties): nothing said on rep since, within
// AfterStepWindow.
func AfterStep(rep village.Report, at time.Time) bool {
	if len(rep.History) == 0 {
		return false
	}
	e := rep.History[len(rep.History)-1]
	return e.Action == village.ActProgress && at.Sub(e.At) <= AfterStepWindow
}

// YieldedBy reports whether rep keeps, since its handlers' last step, a
// conciliatory word (yields) said by one who is true of.
func YieldedBy(rep village.Report, who func(string) bool) bool {
	return SaidSinceStep(rep, who, Yields)
}

// SaidSinceStep reports whether rep keeps, since its handlers' last step,
// words said by one who is true of that said is true of.
func SaidSinceStep(rep village.Report, who, said func(string) bool) bool {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action != village.ActSaid {
			return false
		}
		if who(e.By) && said(e.Note) {
			return true
		}
	}
	return false
}

// offerSum is a party's bounded offer of a sum: "我最多赔一百", "顶多给
// 两百块", "大不了我出五十"; its group is the sum.
var offerSum = regexp.MustCompile(`(?:最多|顶多|至多|大不了|最多只能|只能)\p{Han}{0,3}?(?:赔|给|出)个?([0-9０-９一二三四五六七八九十两百千万]+)`)

// OfferSum is the sum text offers (offerSum), "" when it offers none or
// refuses, questions or threatens (as Yields): 「牛吃麦子的事我最多赔一百」
// offers 一百, news for the mediators though no yield (med86).
func OfferSum(text string) string {
	m := offerSum.FindStringSubmatch(text)
	if m == nil || ContainsAnyOf(text, notYielding...) || understand.Threatens(understand.Hear(text)) || strings.ContainsAny(text, "?？") {
		return ""
	}
	return m[1]
}
