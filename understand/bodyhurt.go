package understand

import (
	"regexp"
	"strings"
)

// A part of someone's body broken, crushed or caught ("李四的腿摔断了",
// "王五的手被机器绞了", "他摔断了腿", "胳膊断了", "头摔破了"), or he
// himself caught in a machine ("王五被机器绞了"), is an injury for 120,
// whoever it is: the words that say it (partHarms) are read of a person
// only (partHurt), not of a thing's leg ("桌腿断了"), a threat or a
// warning ("小心摔断腿", "别把腿摔断了"), a near miss ("腿差点摔断"),
// hyperbole ("累得腰都断了") nor a denial ("腿没摔断").

// partHarms are the harms partHurt reads of a body part or a person. The
// 破 ones break the skin: of the head only ("头摔破了"; a grazed knee is
// no alarm). The caught ones (caughtHarms) need no part: a machine takes
// the whole man.
var partHarms = newLexicon("摔断", "摔折", "跌断", "跌折", "砸断", "砸折", "压断", "压折", "压碎", "砸碎", "碾碎", "轧碎", "夹断", "撞断", "撞折", "扭断", "踢断",
	"切断", "切掉", "剁掉", "锯断", "锯掉", "断了", "折了", "摔破", "砸破", "撞破", "碰破",
	"绞了", "绞住", "绞伤", "绞断", "绞掉", "绞烂", "轧了", "轧伤", "轧断", "碾了", "碾伤", "碾断")

// caughtHarms are partHarms a machine or a wheel does: said of a person
// taken by one ("被机器绞了", "让拖拉机轧了"), no part named.
var caughtHarms = newLexicon("绞了", "绞住", "绞伤", "绞断", "绞掉", "绞烂", "轧了", "轧伤", "轧断", "碾了", "碾伤", "碾断")

// bodyParts are the parts a fall, a blow or a machine breaks, cuts or
// catches: a beating's (limbs) and the hand, the head, the back.
const bodyParts = `(?:` + limbsBare + `|手指头|脚趾头|指头|手掌|手|大腿|小腿|膝盖|胯骨|髋骨|骨盆|腰椎|腰|脊椎|脖子|肩膀|头|脑袋|额头|脑门)`

// headParts are where a cut (a 破 harm) is an alarm.
var headParts = newLexicon("头", "脑袋", "额头", "脑门")

// partOwners are who a body part is told of: the sender, him or her, kin,
// anyone, a name (a surname and a given name, 老/小/阿 and a surname).
var partOwners = `(?:我|俺|他|她|人|` + strings.Join(kin, "|") + `|` + surnames + `\p{Han}{1,2}|[老小阿]` + surnames + `)`

var (
	// partBeforeRe: the verb's clause up to it ends in a body part, its
	// owner's (or no one named: "腿摔断了" of the one told of), with at
	// most an adverb, or 被 and what did it, before the verb. Group 1 is
	// the part.
	partBeforeRe = regexp.MustCompile(`(?:^|摔得|跌得|砸得|撞得|压得|` + partOwners + `)(?:的)?(` + bodyParts + `)(?:都|也|就|硬是|生生|已经|一下)?(?:(?:被|让|叫|给)[^，,。!！?？ ]{0,8})?$`)
	// partByRe: 把 a body part, up to the verb ("他把腿摔断了").
	partByRe = regexp.MustCompile(`把(?:` + partOwners + `)?(?:的)?(` + bodyParts + `)$`)
	// caughtRe: a person, 被 and what did it, up to the verb ("王五被机
	// 器绞了", "被拖拉机轧了").
	caughtRe = regexp.MustCompile(`(?:^|` + partOwners + `)(?:都|也|就|已经)?(?:被|让|叫|给)[^，,。!！?？ ]{0,8}$`)
	// partAfterRe: the verb, 了 and the body part it broke ("摔断了腿",
	// "绞断了两根手指"). Group 1 is the part.
	partAfterRe = regexp.MustCompile(`^了(?:一条|一只|两条|两只|一根|两根|几根|根|条|只)?(?:` + partOwners + `)?(?:的)?(` + bodyParts + `)`)
)

// partHurtMarks before a harm make it no injury now: a threat or a warning
// (你, 要, 会, 别, 小心), a near miss (差点, 险些), hyperbole (累得…; not
// 摔得: "摔得腿都断了").
var partHurtMarks = newLexicon("你", "要", "会", "别", "小心", "当心", "差点", "差一点", "险些", "怕", "快", "累得", "笑得", "忙得", "跑得", "走得", "站得", "坐得", "干得", "饿得")

// notPartHurt reports whether the harm at t[at:] (a partHarms word) hurts
// no one (see partHurt).
func notPartHurt(t string, at int) bool { return !partHurt(t, at) }

// partHurt reports whether the harm at t[at:] is done to a person: to a
// body part named before it ("李四的腿摔断了", "手被机器绞了", "把腿摔
// 断了") or after it ("摔断了腿"), or, a machine's, to a person taken by
// it ("王五被机器绞了"); not in a threat, a warning, a near miss or
// hyperbole (partHurtMarks).
func partHurt(t string, at int) bool {
	before := strings.ReplaceAll(t[clauseStart(t, at):at], "不小心", "")
	if containsAny(before, partHurtMarks) {
		return false
	}
	var w string
	for _, h := range partHarms.words {
		if strings.HasPrefix(t[at:], h) && len(h) > len(w) {
			w = h
		}
	}
	done := strings.HasSuffix(w, "了") || strings.HasPrefix(t[at+len(w):], "了")
	part := ""
	if m := partBeforeRe.FindStringSubmatchIndex(before); m != nil {
		part = before[m[2]:m[3]]
		if animalOwns(before[:m[2]]) {
			return false // "马的腿断了", "我家马的腿摔断了"
		}
	} else if m := partByRe.FindStringSubmatchIndex(before); m != nil && done {
		part = before[m[2]:m[3]]
		if animalOwns(before[:m[2]]) {
			return false
		}
	} else if rest := t[at+len(strings.TrimSuffix(w, "了")):]; partAfterRe.MatchString(rest) && !strings.HasPrefix(w, "断") && !strings.HasPrefix(w, "折") {
		m := partAfterRe.FindStringSubmatchIndex(rest)
		part = rest[m[2]:m[3]] // "摔断了腿"; not "断了腰" (累断了腰)
		if animalOwns(before) || animalOwns(rest[:m[2]]) {
			return false // "马摔断了腿", "车轧断了马的腿"
		}
	} else {
		return caughtRe.MatchString(before) && containsAny(w, caughtHarms)
	}
	return !strings.Contains(w, "破") || containsAny(part, headParts)
}

// animalOwns reports whether s, the words before a body part, end with an
// animal as its owner ("马的", "我家马", "那匹马"): an animal is no person,
// whatever surname it shares ("马", "牛"). 老马, 小马, 阿牛 are what people
// are called.
func animalOwns(s string) bool {
	s = strings.TrimSuffix(s, "的")
	rest, ok := cutAnySuffix(s, animals)
	return ok && !strings.HasSuffix(rest, "老") && !strings.HasSuffix(rest, "小") && !strings.HasSuffix(rest, "阿")
}

// blastParts are where a firecracker's blast wounds: the eye first.
var blastParts = newLexicon("眼睛", "眼珠", "眼皮", "眼", "脸", "手", "耳朵", "头", "脖子")

// blastSpared reports whether the blast word at t[at:] hits no one: a
// warning or a near miss before it in its clause ("别崩到眼睛", "差点崩到
// 脸": partHurtMarks), or denied ("没崩到").
func blastSpared(t string, at int) bool {
	return containsAny(t[clauseStart(t, at):at], partHurtMarks) || negatedCue(t, at)
}
