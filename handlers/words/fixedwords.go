package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Pure readings of a reporter's words that his matter is fixed, beside
// asking.go's (FixedWithThanks, FixedPlainly, WorksAgainOf): a trouble
// gone ("不漏了") and a thing working again named by what it is of ("亮了"
// of a lamp 坏了).

// troubleGone is a trouble said to be over: "不漏了", "也不堵了", "不臭了"
// (the thing the rune after 不 is of: 漏 of 漏水). The quarrel's 不吵了 is
// not here: a quarrel's end is its parties' to say (acceptsSettlement).
var troubleGone = regexp.MustCompile(`[又也]?不(漏|堵|臭|冒|渗|滴|淹|晃|响)了`)

// goneAsFixed is text with each trouble said gone written as fixed
// ("好了 不漏了" → "好了 修好了"): the 不 of 不漏了 is no doubt of it
// (DoubtWords), and it says the thing is fixed as 修好了 does. Asked
// ("不漏了吗") or taken back ("不漏了 就是还渗") it keeps the words that
// doubt it.
func goneAsFixed(text string) string {
	return troubleGone.ReplaceAllString(cameBack(text), "修好了")
}

// cameBackRe is water or power said come back with the thing first: "水来
// 了", "电也来了" (rep101), where worksAgainWords say "来水了"; not a flood
// coming ("大水来了", "洪水来了").
var cameBackRe = regexp.MustCompile(`(^|[^大洪河山雨涨])([水电])[也都]?来了`)

// cameBack is text with each "水来了" written "来水了" (cameBackRe).
func cameBack(text string) string {
	return cameBackRe.ReplaceAllString(text, "${1}来${2}了")
}

// worksAgainThings are the things a word of working again is said of when
// the item's words name the thing rather than the trouble ("亮了" of "路灯
// 坏了"): the rune of worksAgainWords before 了, and what it names.
var worksAgainThings = map[rune]string{'亮': "灯", '通': "堵沟管", '水': "水", '电': "电"}

// passableWords say a way can be walked again (好走多了 beside thanks is a
// fixed word: fixedWords); wayThings are what they are said of.
var passableWords = []string{"好走了", "好走多了", "好走些了", "好走点了", "能走了", "能走人了"}

const wayThings = "路坡道桥冰雪滑"

// WayPassable reports whether text says the way repText is about can be
// walked again, whatever it names as done first: 「撒了渣子好走多了 谢谢」
// of the icy slope (rep112: its 渣子 named nothing of the item, silent).
func WayPassable(text, repText string) bool {
	return ContainsAnyOf(text, passableWords...) && strings.ContainsAny(strings.ReplaceAll(repText, "路灯", ""), wayThings) // a lamp is no way
}

// BackToWork reports whether text says that what repText is about works
// again or its trouble is gone: WorksAgainOf ("亮了" of "不亮了"), the
// thing it is of ("亮了" of "路灯坏了", "通了" of "沟堵了"), or a trouble
// of repText said gone ("不漏了" of "水管冻裂了 一直在漏水").
func BackToWork(text, repText string) bool {
	if WorksAgainOf(text, repText) {
		return true
	}
	for _, w := range worksAgainWords {
		if rs := []rune(w); strings.Contains(text, w) && strings.ContainsAny(repText, worksAgainThings[rs[len(rs)-2]]) {
			return true
		}
	}
	if WayPassable(text, repText) {
		return true
	}
	for _, m := range troubleGone.FindAllStringSubmatch(text, -1) {
		if strings.Contains(repText, m[1]) {
			return true
		}
	}
	return false
}

// thingFixedRe is a short message that a thing is 好了 and no more: "灯好了",
// "水管好了", "路灯也好了" (the thing, then 好了).
var thingFixedRe = regexp.MustCompile(`^(\p{Han}{1,5})好了[啦。！!～~]*$`)

// doneNotFixed are runes that end what is before 好了 when it says a thing
// was done, not that something broken works again: "说好了", "商量好了",
// "准备好了", "吃好了", "想好了".
const doneNotFixed = "说想量备吃喝睡约谈讲写算办看听学定排收洗做"

// thingFixed reports whether text says plainly that a thing it names is
// fixed: "灯好了" of a lamp (FixedSubject is the thing), not a bare "好了"
// nor "说好了" (what was done, doneNotFixed) nor "我好了".
func thingFixed(text string) bool {
	m := thingFixedRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return false
	}
	thing := strings.TrimRight(m[1], "都也已经")
	last, _ := utf8.DecodeLastRuneInString(thing)
	return thing != "" && !strings.ContainsRune(doneNotFixed+particles, last)
}

// WorksAgain reports whether a handler's plain words say that a thing
// works again ("村口路灯换了个灯泡 现在亮了", "沟通了"): a word of
// worksAgainWords not negated ("又不亮了", "还没通"), no daybreak
// ("天亮了") and no talk ("跟他家沟通了"). Of which item, BackToWork tells
// (walk79).
func WorksAgain(text string) bool {
	return Unnegated(text, worksAgainWords) && !strings.Contains(text, "天亮") && !strings.Contains(text, "沟通")
}

// fixedEnd are a last clause that says the work just told is done:
// 「张三家水管换了一截新的 包了保温棉 好了」 (rep107).
var fixedEnd = []string{"好了", "都好了", "这下好了", "现在好了", "好了好了"}

// mendVerbs are a repair told done before such a clause (换了, 修了…).
var mendVerbs = []string{"换了", "修了", "接了", "包了", "补了", "装了", "焊了", "铲了", "撒了", "清了", "通了", "填了", "挖了", "扫了", "拉走", "化开"}

// EndsFixed reports whether text, a cadre's words, tells a repair done and
// ends with a clause that is only 「好了」: the repair, then that it is
// fixed. A bare 「好了」 (「好了 我知道了」), or 「好了」 after no repair,
// is not.
func EndsFixed(text string) bool {
	clauses := strings.FieldsFunc(strings.TrimSpace(text), func(r rune) bool { return strings.ContainsRune(" ，,。.！!～~、", r) })
	if len(clauses) < 2 || !slices.Contains(fixedEnd, clauses[len(clauses)-1]) {
		return false
	}
	return ContainsAnyOf(strings.Join(clauses[:len(clauses)-1], " "), mendVerbs...)
}
