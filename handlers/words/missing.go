package words

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// MissingApart reports whether missing-person alarms a and b each name
// whom they are looking for and cannot be one person (alarm94): kin words
// of no kinship in common or of two sexes (village.KinMayBeOne: 「我妈不见
// 了」, 「我家小孩也找不到了」), names that share none (「小明」, 「小红」), a
// name on one side and only kin words on the other (「小明也不见了」 after
// 「我妈不见了」), or ages of two bands (「七十多岁」, 「五岁」). Who is not
// told is apart from no one: 「还没找到」, 「是我妈 穿蓝棉袄」 join. Unsure,
// apart: a second search costs less than one lost (hurt77). roster are the
// names of the village's people: a full name a text holds as the one
// missing is a name it calls someone by too (「张三不见了」, then 「王奶奶找
// 不到了」: lost96).
func MissingApart(a, b string, roster ...string) bool {
	ka, kb := village.KinIn(a), village.KinIn(b)
	if len(ka) > 0 && len(kb) > 0 && !slices.ContainsFunc(ka, func(x string) bool {
		return slices.ContainsFunc(kb, func(y string) bool { return village.KinMayBeOne(x, y) })
	}) {
		return true
	}
	pa, pb := missingNames(a, ka, roster), missingNames(b, kb, roster)
	switch {
	case len(pa) > 0 && len(pb) > 0:
		if !slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) }) {
			return true
		}
	case len(pa) > 0 && len(ka) == 0 && len(kb) > 0, len(pb) > 0 && len(kb) == 0 && len(ka) > 0:
		return true // "小明也不见了" after "我妈不见了"
	}
	ba, bb := ageBand(a), ageBand(b)
	return ba != 0 && bb != 0 && ba != bb
}

// missingNames are the names text calls someone by (peopleIn: 「小明」,
// 「老王」, 「刘奶奶」, and the roster's names it holds as the one missing,
// not as whose kin or who told: village.NamedMissing), those of a kin
// word's characters left out (「王奶奶」 is her kin word 奶奶 as well, not
// only a name) and those inside a roster name (「王奶」 of 「王奶奶」).
func missingNames(text string, kin, roster []string) []string {
	var named []string
	for _, n := range roster {
		if utf8.RuneCountInString(n) > 1 && village.NamedMissing(text, n) {
			named = AppendNew(named, n)
		}
	}
	return slices.Concat(named, slices.DeleteFunc(peopleIn(text), func(p string) bool {
		return slices.ContainsFunc(kin, func(k string) bool { return strings.Contains(k, p) }) ||
			slices.ContainsFunc(named, func(n string) bool { return strings.Contains(n, p) })
	}))
}

// ageRe finds an age told: 「七十多岁」, 「5岁」, 「八十三岁」.
var ageRe = regexp.MustCompile(`([0-9]{1,3}|[一二两三四五六七八九十]{1,4})多?岁`)

// ageBand is the band of the first age text tells: 1 a child (under 18),
// 2 a grown-up, 3 an elder (55 and over); 0 when it tells none.
func ageBand(text string) int {
	m := ageRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n, _ = chineseNumber(m[1])
	}
	switch {
	case n <= 0:
		return 0
	case n < 18:
		return 1
	case n < 55:
		return 2
	}
	return 3
}

// describedRe finds words describing a missing person: what he wears,
// his age, build, hair, a stick he walks with.
var describedRe = regexp.MustCompile(`穿(?:着|的|了|一件|一身)?\p{Han}{0,6}?(?:衣|袄|褂|裤|鞋|服|衫|外套|裙|帽)|` +
	`(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,4})多?岁|个子|头发|戴(?:着|了|一顶)?\p{Han}{0,4}?(?:帽|眼镜|口罩|围巾)|拄(?:着)?拐|背(?:着)?\p{Han}{0,3}?包`)

// Described reports whether said describes someone looked for (「是我妈
// 穿蓝棉袄」, 「七十多岁 个子不高」): news of a missing person's search
// for the duty chat, as a sighting is (alarm94). Advice (「多穿点衣服」) and
// a question (「穿什么衣服」, 「多大岁数」) are none.
func Described(said string) bool {
	return !ContainsAnyOf(said, "多穿", "什么", "啥", "多大", "几岁") && describedRe.MatchString(said)
}
