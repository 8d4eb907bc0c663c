package understand

import (
	"strings"
	"unicode"
)

// The fire's words typed by their sound: pinyin input and voice-to-text
// put 少, 稍 or 捎 (shao) for 烧, and 着伙, 着活 or 招火 for 着火. Each of
// those is an everyday word too (多少, 稍等, 捎个话, 跟着伙伴, 干着活), so
// none is folded by the variants' plain replacement: fireSounds reads the
// words around it.

// burnAfter follow 烧 right after 火 ("火烧到", "火烧起来"): a fire
// spreading. "火少了" (the flame is low), "火稍大点" (the heat turned up)
// are cooking.
var burnAfter = []string{"到", "起来", "过来", "过去", "着了"}

// shortBefore make 少 an amount ("多少", "至少", "太少到"), no 烧.
const shortBefore = "多至很太最减缺不少稍"

// notFlames hold 火 but no fire: firewood, the heat, food, things, a temper.
var notFlames = newLexicon("柴火", "火车", "火腿", "火锅", "火柴", "火机", "火龙果", "火气", "上火", "发火", "火爆", "火鸡", "火候", "红火", "火热", "恼火")

// visitAfter follow a home that is visited ("少到我家来": come less
// often), not reached by a fire.
const visitAfter = "来去坐玩吃住串做"

// catchBefore are verbs whose 着 is their aspect ("跟着伙伴", "干着活",
// "忙着活儿"), not 着火's.
const catchBefore = "跟干忙接做拿带找等闲抢派揽帮赶顺领陪看守随靠"

// fireSounds is t with the fire's words typed by their sound read as
// fire: 着伙, 着活 and 招火 ending a clause ("我家着伙了", "仓库招火了") as
// 着火; 少, 稍 and 捎 as 烧 right after a flame and before its spreading
// ("火少到我家了", "火捎过来了"), or reaching a home ("少到我家柴房了")
// when the text tells a fire, or says it came there too ("也少到我家了",
// 捎 excepted: "捎到我家" is an errand).
func fireSounds(t string) string {
	if !strings.ContainsAny(t, "少稍捎伙活招") {
		return t
	}
	rs := []rune(t)
	for i, r := range rs {
		switch {
		case (r == '伙' || r == '活') && i > 0 && rs[i-1] == '着' && caughtFire(rs, i-1):
			rs[i] = '火'
		case r == '招' && i+1 < len(rs) && rs[i+1] == '火' && caughtFire(rs, i):
			rs[i] = '着'
		}
	}
	fire := strings.Contains(strip(string(rs), notFlames), "火")
	for i, r := range rs {
		if strings.ContainsRune("少稍捎", r) && burnt(rs, i, fire) {
			rs[i] = '烧'
		}
	}
	return string(rs)
}

// caughtFire reports whether the two runes of rs at i, 着伙 or 招火, say
// that something caught fire: they end a clause or the text, or only a
// particle follows ("着伙了", "招火啦"), and no verb before makes 着 its
// aspect.
func caughtFire(rs []rune, i int) bool {
	if i > 0 && strings.ContainsRune(catchBefore, rs[i-1]) {
		return false
	}
	if i+2 >= len(rs) {
		return true
	}
	next := rs[i+2]
	return !unicode.Is(unicode.Han, next) || strings.ContainsRune("了啦啊呀拉喽咯", next)
}

// burnt reports whether 少, 稍 or 捎 at rs[i] is 烧: right after 火 (not
// firewood) and before burnAfter; or, before 到 and a home not visited,
// when fire is told or 也/都 says it came there too.
func burnt(rs []rune, i int, fire bool) bool {
	after := string(rs[i+1:])
	if i > 0 && rs[i-1] == '火' && (i < 2 || rs[i-2] != '柴') && startsWithWord(after, burnAfter) {
		// "火少到只剩一点": the flame down to a little
		rest := []rune(strings.TrimPrefix(after, "到"))
		return !strings.HasPrefix(after, "到") || len(rest) == 0 || !strings.ContainsRune("只不没连几一零", rest[0])
	}
	if i > 0 && strings.ContainsRune(shortBefore, rs[i-1]) || !strings.HasPrefix(after, "到") {
		return false
	}
	if rs[i] == '捎' && !fire || !fire && (i == 0 || !strings.ContainsRune("也都", rs[i-1])) {
		return false
	}
	return reachesHome([]rune(after)[1:])
}

// reachesHome reports whether rest, the words after 到, begin with a home
// or a building of one within four runes ("我家", "老王家", "我家柴房",
// "屋里") that is not visited ("我家来").
func reachesHome(rest []rune) bool {
	for j := 0; j < len(rest) && j < 4; j++ {
		if !strings.ContainsRune("家屋房院棚", rest[j]) {
			if !unicode.Is(unicode.Han, rest[j]) {
				return false
			}
			continue
		}
		return j+1 >= len(rest) || !strings.ContainsRune(visitAfter, rest[j+1])
	}
	return false
}
