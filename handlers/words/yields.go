package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"strings"
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

// YieldedBy reports whether rep keeps, since its handlers' last step, a
// conciliatory word (yields) said by one who is true of.
func YieldedBy(rep village.Report, who func(string) bool) bool {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action != village.ActSaid {
			return false
		}
		if who(e.By) && Yields(e.Note) {
			return true
		}
	}
	return false
}
