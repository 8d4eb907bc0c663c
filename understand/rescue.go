package understand

import (
	"regexp"
	"strings"

	"gridbot/village"
)

// DownAfter reports whether s tells a rescue gone wrong below ground:
// someone went down after one in danger and is in trouble too ("他家老二
// 下去救他爹 也没上来 快来人", "沼气池里下去俩人了 都没上来"), with no
// water or ice named (a drowning's, Scene.Drown). In winter it is a
// cellar's, a well's or a pit's air that fells them one after another
// (Scene.Pit): nobody else may go down (alarm105: such words were an
// alarm with no hazard, and the duty chat heard nothing of the pit).
func DownAfter(s Said) bool { return downAfter(s.Canon) }

// downAfter is DownAfter of canonical text t.
func downAfter(t string) bool {
	g := GoesIn(Said{Canon: t})
	return g.Down && g.Too && !containsAny(t, notBelow)
}

// WetAfter reports whether s tells a rescue gone wrong in the water:
// someone went in after one in danger and is in trouble too ("下河救人的
// 也没上来"): a drowning (Scene.Drown), for 110 and 120 (alarm105).
func WetAfter(s Said) bool { return wetAfter(s.Canon) }

// wetAfter is WetAfter of canonical text t.
func wetAfter(t string) bool {
	g := GoesIn(Said{Canon: t})
	return g.Water && g.Too
}

// notBelow name water or ice, where one gone in after another drowns
// (goInWater), no pit's air: "下河救人 也没上来".
var notBelow = newLexicon(append([]string{"河", "塘", "湖", "水库", "江", "海", "冰面", "冰上", "冰窟", "下水", "游泳", "水里", "水中"}, drownWords...)...)

// InDanger is how many people s, an alarm's words, tells are hurt or in
// danger when more than one: "两人" (a second one gone down after the
// first: GoingIn.Too of a rescue, "俩人", "两口子", "一家三口…都"), "三人",
// "多人" ("几个人都晕了"); "" for one or none told. A count of helpers
// wanted ("快来几个人", "叫两个人来帮忙") is none. The duty chat tells
// 120 and 119 how many (alarm105).
func InDanger(s Said) string {
	t := s.Canon
	best := ""
	for _, m := range countSaid.FindAllStringSubmatchIndex(t, -1) {
		if helpersWanted(t[:m[0]]) || !harmAfter(beforeOne(t[m[1]:])) && !placedBelow(t[:m[0]]) {
			continue
		}
		g := 2 // the number's group: "两个人"'s, or "一家三口"'s
		if m[g] < 0 {
			g = 4
		}
		n := countOf(t[m[g]:m[g+1]])
		if rankOf(n) > rankOf(best) {
			best = n
		}
	}
	if best == "" && downAfter(t) && secondRescuer.MatchString(t) {
		best = "两人"
	}
	return best
}

// oneCount is Scene.One: the one a medical alarm's words single out of a
// number said ("几个娃在滑冰 冰裂了 有个娃掉下去了" → "一个孩子"), told
// hurt or in danger after, when no count is; "" else.
func oneCount(s Said, h village.Hazard) string {
	if h != village.HazardMedical || InDanger(s) != "" {
		return ""
	}
	t := s.Canon
	for _, m := range countSaid.FindAllStringIndex(t, -1) {
		rest := t[m[1]:]
		k := oneOfThemRe.FindStringIndex(rest)
		if k == nil || !harmAfter(rest[k[1]:]) {
			continue
		}
		for _, w := range [][2]string{{"孩子", "孩子"}, {"小孩", "孩子"}, {"娃", "孩子"}, {"学生", "学生"}, {"老人", "老人"}} {
			if strings.Contains(rest[k[0]:k[1]], w[0]) || strings.Contains(t[m[0]:m[1]], w[0]) {
				return "一个" + w[1]
			}
		}
		return "一个人"
	}
	return ""
}

// countSaid is a number of people: "俩人", "两个人", "三口人", "一家三口",
// "两口子", "几个人", "两个孩子". Its group is the number.
var countSaid = regexp.MustCompile(`(俩|仨|两|二|三|四|五|六|好几|几)(?:个)?(?:人|口人|口子|孩子|小孩|娃|老人|学生)|一家(两|三|四|五|六|几)口`)

// countOf is the duty chat's word for the number n said.
func countOf(n string) string {
	switch n {
	case "俩", "两", "二":
		return "两人"
	case "仨", "三":
		return "三人"
	case "四":
		return "四人"
	case "五":
		return "五人"
	case "六":
		return "六人"
	}
	return "多人"
}

// moreOf is the greater of two counts InDanger told.
func moreOf(a, b string) string {
	if rankOf(b) > rankOf(a) {
		return b
	}
	return a
}

// peopleCount is Scene.Count: InDanger of an alarm of hazard h, no crime
// (a fight's numbers are the fighters').
func peopleCount(s Said, h village.Hazard) string {
	if h == village.HazardCrime || h == village.HazardMissing {
		return ""
	}
	if n := InDanger(s); n != "" || h != village.HazardMedical {
		return n
	}
	if containsAny(s.Canon, busLoads) && containsAny(s.Canon, tippedOver) {
		// "打工回来的大巴在村口翻了": a coach's load of riders (alarm112)
		return "多人"
	}
	return ""
}

// busLoads are vehicles that carry many people (peopleCount).
var busLoads = newLexicon("大巴", "中巴", "客车", "班车", "校车", "公交", "一车人", "坐满了人")

// tippedOver are overturned's words to look up.
var tippedOver = newLexicon(overturned...)

// rankOf orders countOf's words, more people first.
func rankOf(n string) int {
	if n == "" {
		return 0
	}
	return 1 + strings.Index("|两人|三人|四人|五人|六人|多人|", "|"+n+"|")
}

// placedBelow reports whether the words before a number tell where
// people are stuck: 「下面有三个人」, 「窖里还有两个人」, 「屋里困着俩人」
// (alarm106: such a count said at an open alarm was lost).
func placedBelow(before string) bool {
	return placedAt.MatchString(before)
}

// placedAt ends in a place of danger and what is there: 「下面有」,
// 「里头还有」, 「窖里困着」.
//
// On the ice at an ice alarm ("冰上还有两个人", "冰面上还站着俩小孩") they
// stand where it cracked: in danger too (alarm107: such words got no answer).
var placedAt = regexp.MustCompile(`(?:下面|下边|底下|里面|里边|里头|窖里|井里|池里|池子里|坑里|洞里|沟里|车里|屋里|冰窟窿里|河里|水里|冰上|冰面上|冰面|河面上|冰窟窿边|窟窿边上?)(?:还|一共|总共|共|至少)?(?:有|困着|躺着|埋着|压着|困了|埋了|压了|站着|趴着|蹲着)$`)

// helpersWanted reports whether the words before a number ask for
// helpers: "快来几个人", "叫两个人来", "需要几个人".
func helpersWanted(before string) bool {
	r := []rune(before)
	if len(r) > 3 {
		r = r[len(r)-3:]
	}
	return strings.ContainsAny(string(r), "来叫找派喊要需帮请")
}

// beforeOne is rest, the words after a number of people, up to one of
// them singled out ("几个娃在滑冰 冰裂了 有个娃掉下去了", alarm110): the
// harm told after it is that one's, not the number's, and the duty chat
// must not send for many.
func beforeOne(rest string) string {
	if k := oneOfThemRe.FindStringIndex(rest); k != nil {
		return rest[:k[0]]
	}
	return rest
}

// oneOfThemRe singles out one of a number: "有个娃", "其中一个", "有一个".
var oneOfThemRe = regexp.MustCompile(`(?:其中|有)一?个|一个(?:人|娃|孩子|小孩|学生|老人)`)

// harmAfter reports whether the words after a number tell those people
// hurt or in danger: "都晕了", "都没上来", "受伤了", "中毒了".
func harmAfter(rest string) bool {
	return containsAny(rest, peopleHarmed)
}

// peopleHarmed are the harms a number of people is told in (harmAfter).
var peopleHarmed = newLexicon("都", "也", "受伤", "伤了", "伤着", "晕", "昏", "中毒", "没上来", "没出来", "上不来", "出不来", "被困", "困在", "被埋", "埋在", "压在", "压着", "掉进", "掉下", "掉到", "掉冰", "掉河", "掉水", "掉井", "掉坑", "不醒", "没气", "没反应", "不动", "流血", "出血", "烧伤", "烫伤", "落水",
	// "还有俩人在冰上": where the ice cracked (alarm107)
	"在冰上", "在冰面上", "困在冰")

// secondRescuer is a rescuer told as a second one: one who went down to
// save, pull or look for the first ("下去救他爹", "下去拉他"), or went
// down too or after him ("也下去了", "跟着下去").
var secondRescuer = regexp.MustCompile(`(?:下去|下窖|下井|进窖|爬下|跳下去)(?:救|拉|拽|捞|找|看|扶|背|抱|喊)|(?:也|又|跟着|接着|随后)(?:下去|下窖|下井|进窖|爬下)`)

// FallAsked reports whether s asks what to do for someone who fell, told
// nothing of how he is (FellUntold): whether to lift him ("老人摔了能不能
// 扶", "俺妈在院里摔了 能扶起来吗") or move him. Such questions got
// silence; the group's answer is the fall's first steps (alarm105).
func FallAsked(s Said) bool {
	return FellUntold(s) && containsAny(s.Canon, fallLiftAsked)
}

// FallTold is text, a fall told with a question whether to lift him
// (FallAsked: "老人摔了能不能扶"), with the question cut off: the fall as
// the duty chat reads it once his answer raises the alarm ("老人摔了 还有
// 气 叫不应", alarm107: it read "老人摔了能不能扶 还有气 叫不应"). Text with
// no such question is itself.
func FallTold(text string) string {
	orig := text
	for _, w := range fallLiftAsked.words {
		at := strings.Index(text, w)
		if at < 0 {
			continue
		}
		end := len(text)
		if k := strings.IndexFunc(text[at:], isBreak); k >= 0 {
			end = at + k
		}
		text = text[:at] + text[end:]
	}
	if told := strings.TrimLeftFunc(strings.TrimRightFunc(text, trimmedPunct), trimmedPunct); told != "" {
		return strings.Join(strings.Fields(told), " ")
	}
	return orig
}

// trimmedPunct is what FallTold trims off the ends of what is left.
func trimmedPunct(r rune) bool {
	return isBreak(r) || r == ' ' || strings.ContainsRune("?？呀啊呢吧", r)
}

// fallLiftAsked ask whether to lift or move one who fell.
var fallLiftAsked = newLexicon("能不能扶", "能扶吗", "能扶不", "可以扶吗", "该不该扶", "要不要扶", "扶不扶", "敢不敢扶", "敢扶吗", "怎么扶", "咋扶", "能扶起来吗", "能不能扶起来", "要不要拉", "能不能拉起来", "能不能动", "能不能挪", "能挪吗", "能动吗", "要不要抬", "能不能抬")

// Outnumbers reports whether the count n (InDanger's word) tells more
// people in danger than was, the count known before ("" for one).
func Outnumbers(n, was string) bool { return rankOf(n) > rankOf(was) }

// CountTold is the greatest count (InDanger) of an alarm of hazard h told
// in any of texts: its words and those told of it since (「下面有三个人」
// said at the open cellar alarm, alarm106). None for a crime's or a
// search's, whose numbers are of others.
func CountTold(h village.Hazard, texts ...string) string {
	best := ""
	for _, s := range texts {
		best = moreOf(best, peopleCount(Hear(s), h))
	}
	return best
}
