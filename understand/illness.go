package understand

import (
	"regexp"
	"slices"
	"strings"
)

// A sudden illness is a medical alarm with or without a cry for help
// (alarm76): one that strikes ("我爸中风了", "俺娘脑梗了", "突发脑溢血"),
// one that flares told flaring ("我爸心绞痛犯了", "哮喘又发作了"), a
// child's fever that will not go down ("娃高烧不退"). Told as long-standing
// ("我爸中风好几年了", "脑梗后遗症", "得过脑梗") or with a plea for relief
// ("想办慢病卡") it is the sender's circumstance, no alarm; nor is a heart
// that is weak ("我爸心脏不好 在吃药": no word here).

// illStrikes are illnesses that strike: told at all, one struck now.
var illStrikes = newLexicon("中风", "脑梗", "脑溢血", "脑出血", "心梗", "心肌梗")

// flares are illnesses one lives with: an alarm only told flaring.
// 高血压 and 低血糖 joined them (alarm78): "高血压犯了 头晕站不住",
// "低血糖又犯了" strike now, "有高血压 在吃药" is held.
var flares = newLexicon("心绞痛", "心脏病", "哮喘", "癫痫", "羊角风", "羊癫疯", "高血压", "低血糖")

// allergySigns tell an allergy that closes the throat or swells the face
// (alarm78): "过敏 喘不上气", "吃了药过敏 脸肿了"; an itch or a rash is
// none ("皮肤过敏 痒得很").
var allergySigns = newLexicon("喘不上", "喘不过", "上不来气", "呼吸困难", "透不过气", "憋气", "憋得", "脸肿", "嘴肿", "嘴唇肿", "眼睛肿", "喉咙肿", "嗓子肿", "舌头肿", "脖子肿",
	"肿起来了", "肿成", "肿得", "晕倒", "晕过去", "休克", "昏过去")

// feverHigh tell a fever that will not go down or runs very high; with a
// child named, an alarm.
//
// 40 told after 发烧 with no 到, and fever pills that did not help, are the
// same ("俺家孩子发烧四十度 退烧药吃了也不管用" was chat, und111).
var feverHigh = newLexicon("高烧不退", "烧不退", "烧一直不退", "烧退不下", "烧降不下", "退不了烧", "退不下烧", "烧到40", "烧到41", "烧到四十", "烧到了40", "烧到了四十",
	"发烧四十", "发烧40", "发烧41", "烧四十度", "烧40度", "烧了四十", "烧了40", "退烧药吃了也不管用", "退烧药吃了不管用", "退烧药不管用", "退烧药也不管用", "吃了退烧药也不退", "吃退烧药也不退")

// flareRe: the flare said after the illness ("心绞痛又犯了", "哮喘发作").
var flareRe = regexp.MustCompile(`^[ ，,]?(?:又|突然|又突然|一下)?(?:犯|发作|发了|发病|又犯)`)

// chronicMarks tell, in the illness's clause, one long-standing or had
// before, not one struck now.
var chronicMarks = newLexicon("好几年", "几年了", "多年", "年了", "个月了", "后遗症", "病史", "老毛病", "慢性", "慢病", "得过", "患过", "有过", "以前", "之前")

// treated tell, anywhere in the message, an illness in a doctor's hands
// or one the sender lives with ("住院了", "办残疾证").
// In hospital already or asked of the reimbursement ("医院说要转县里 能报
// 多少"; lead104), it is the doctors' now.
var treated = newLexicon("住院", "出院", "复查", "康复", "支架", "低保", "残疾证", "医院说", "在医院", "医院里", "转院", "转县", "转到县", "转诊", "报销", "能报多少")

// illnesses are the words of both.
var illnesses = newLexicon(slices.Concat(illStrikes.words, flares.words)...)

// notStruck reports whether the illness at t[at:] (illnesses) strikes no
// one now: long-standing or treated (chronicAt), had before (中风过), a
// kind of person (中风病人); else, told flaring, it strikes; else it is
// held (他有…) or one of flares.
func notStruck(t string, at int) bool {
	w := ""
	for _, x := range illnesses.words {
		if strings.HasPrefix(t[at:], x) && len(x) > len(w) {
			w = x
		}
	}
	after, before := t[at+len(w):], t[clauseStart(t, at):at]
	if chronicAt(t, at) || strings.HasPrefix(after, "过") || hasAnyPrefix(after, patients) {
		return true
	}
	if flareRe.MatchString(after) || hasAnySuffix(before, onsets) {
		return false // "他有心脏病又犯了"
	}
	return hasAnySuffix(before, heldBy) || containsAny(w, flares)
}

// patients after an illness name a kind of person ("中风病人",
// "脑梗患者"), not one struck now.
var patients = newLexicon("病人", "患者", "的病人", "的患者", "的老人", "的人")

// heldBy before an illness make it one the person has ("他有心脏病",
// "患有哮喘"), not one striking.
var heldBy = newLexicon("有", "患", "患有", "得了", "得过", "查出", "查出来")

// onsets before an illness tell it struck just now ("突发心脏病",
// "犯了哮喘").
var onsets = newLexicon("突发", "突然", "犯了", "突发了", "急性")

// chronicAt reports whether the clause of the illness at t[at:] tells it
// long-standing (chronicMarks), t tells it treated (treated) or asks for relief with it
// (reliefs: "想申请补助"), or a year is given before it (yearRe).
func chronicAt(t string, at int) bool {
	return containsAny(clauseAt(t, at, at), chronicMarks) || containsAny(t, treated) || containsAny(t, reliefs) || yearRe.MatchString(t[:at])
}

// yearRe is a year given in digits ("2018年1月"): what it dates was not
// today.
var yearRe = regexp.MustCompile(`\d{4}年`)

// smallCuts tell a small cut: a hand or a leg cut, scratched or grazed.
var smallCuts = newLexicon("划破", "割破", "切破", "擦破", "蹭破", "刮破", "扎破", "划了", "割了", "切了", "切到", "割到", "划到", "划伤", "割伤", "切伤", "擦伤", "口子")

// bleedsOn tell bleeding that will not stop or is heavy: an alarm
// whatever the cut.
var bleedsOn = newLexicon("流血不止", "血流不止", "血不止", "流不止", "止不住", "止不了", "一直流", "一直在流", "还在流", "不停地流", "血不停", "流个不停", "好多血", "很多血", "好多的血", "大量出血", "大量的血", "血喷", "喷血", "往外冒", "往外涌", "都是血", "一地血", "一地的血")

// smallCut reports whether the bleeding at t[at:] is a small cut's: t
// tells a cut (smallCuts) and nothing says the blood will not stop
// (bleedsOn), and no one cut him (cutBy) in a fight or a beating
// (violent, beaten). "手被镰刀割了个大口子 流血不止" stays an alarm.
func smallCut(t string, at int) bool {
	return containsAny(t, smallCuts) && !containsAny(t, bleedsOn) && !containsAny(t, cutBy) && !violent(t) && !beaten(t)
}

// cutBy tell a cut someone dealt ("被人砍了个口子"): violence, no mishap.
var cutBy = newLexicon("被人", "让人", "给人", "叫人", "砍", "捅", "拿刀")
