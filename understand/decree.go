package understand

import (
	"regexp"
	"strings"
)

// A rule stated to everyone ("严禁往河里倒垃圾", "不准往河里倒垃圾 发现一
// 次扣5分", "请勿往水渠里扔垃圾", "垃圾一律倒进垃圾池") is how a cadre, or a
// villager passing on what the village decided, announces: a notice's
// prohibition, in the words of a sign or a 村规民约, or its sanction. Such
// a rule reports nothing that happened: it is read as a warning to all
// (see warnsAll), whoever says it. A message that tells the rule is broken
// ("有人往河里倒垃圾 不是说严禁吗", "禁止焚烧秸秆 可是张家又在烧") or what
// the deed left ("严禁往沟里倒炉灰!!都堵死了") is a report, as any warning
// that tells a fact of here and now is.

// decrees reports whether t states a rule as a notice does: a notice's
// word of prohibition (see decreeWords) or a sanction for whoever is
// caught (see sanctionRe).
func decrees(t string) bool {
	return containsAny(t, decreeWords) || sanctionRe.MatchString(t)
}

// decreeWords forbid or prescribe in the words of a notice or a sign,
// which neighbours do not use to one another ("不要…", "别在…" are plain
// talk, and a villager's reproach of a mess: see forbidsFouling).
var decreeWords = newLexicon("严禁", "禁止", "不准", "不许", "不得", "请勿", "切勿", "请大家不要", "请大家别", "一律")

// sanctionRe is a sanction for whoever is caught breaking a rule: "发现一
// 次扣5分", "发现乱倒的罚款200", "抓到要罚款", "违者罚款", "谁再倒就扣分".
// The catch comes first: "村里乱罚款" tells of fines, it sets none.
var sanctionRe = regexp.MustCompile(sanction)

// sanction is the pattern of sanctionRe: the catch, then within the
// clause the fine or the deduction.
const sanction = `(?:发现|抓到|逮到|查到|查实|违者|谁再)[^,。!?;:]{0,16}?(?:扣|罚)`

// ruleStarts date a rule from now on ("从今天起严禁…", "即日起不准…"): when
// it holds, not a time something happened.
var ruleStarts = newLexicon("从今天起", "从今日起", "自今日起", "今天起", "今日起", "自即日起", "从即日起", "即日起", "从明天起", "明天起", "从现在起", "从现在开始", "以后")

// ruleOnly is t without the sanctions it sets and the date it starts
// from, which are the rule's and tell nothing that happened ("发现有人倒
// 罚款200" names no one who did).
func ruleOnly(t string) string {
	return replaceAll(sanctionClauseRe, strip(t, ruleStarts), " ")
}

// sanctionClauseRe is the clause of a sanction (see sanctionRe), from its
// catch to the clause's end.
var sanctionClauseRe = regexp.MustCompile(`(?:一经|如|若|再|凡是|凡|要是)?` + sanction + `[^,。!?;: ]*`)

// besideRule is what t tells beside its rule: its clauses that forbid
// nothing ("严禁往河里倒垃圾 河里全是垃圾": the rubbish there; "不要往河
// 里倒垃圾 抓到要罚款" has none beside its sanction). A problem told there is a report, not a rule.
func besideRule(t string) string {
	var rest []string
	for c := range strings.FieldsFuncSeq(t, isBreak) {
		if !containsAny(c, decreeWords) && !containsAny(c, forbids) {
			rest = append(rest, c)
		}
	}
	return strings.Join(rest, " ")
}

// ruleOwners name the sender in a rule: "我家门口不准倒垃圾" is his
// reproach of whoever tips there, not the village's rule. A place
// pointed at ("这条河严禁倒垃圾") is where the village's rule holds.
var ruleOwners = newLexicon("我", "俺")

// culpritAsked reports whether t asks who did a deed ("河边不准倒垃圾 谁
// 倒的", "是谁烧的"): the rule broken already, a reproach.
func culpritAsked(t string) bool {
	return culpritRe.MatchString(t)
}

var culpritRe = regexp.MustCompile(`是谁|谁\p{Han}{1,4}的(?:$|[ ,。!?啊呀])`)
