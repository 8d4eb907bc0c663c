package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Matters are the matters of their own s names, each as the words to look
// for in what a villager was told about another: a scheme, a benefit, a
// document or a service the reader knows as an approval topic ("学费",
// "公益岗", "养老金"), not the words every procedure uses ("手续", "材料",
// "证明", "办理") nor who may apply ("残疾人"); and a scheme's kind
// (schemeKinds) with the two letters before it, given as those letters
// ("厕所改造" → "厕所", "学校的补助" → "学校"). A word said as a thing to
// bring or hand in ("要带户口本吗", "复印医保卡") is a material, no matter.
// "孩子的助学金在哪申请" right after a 高龄补贴 question names 助学金: a
// question of its own, not a further one of that item.
func Matters(s Said) []string {
	t := s.Raw
	var out []string
	add := func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	var topics []string
	for _, w := range approvalTopics.words {
		if !slices.Contains(matterlessTopics, w) && eachAt(t, w, func(at int) bool { return !asMaterial(t[:at]) }) {
			topics = append(topics, w)
		}
	}
	for _, w := range topics {
		// "医保卡" holds "医保": the longer word is the one said
		if !slices.ContainsFunc(topics, func(o string) bool { return len(o) > len(w) && strings.Contains(o, w) }) {
			add(w)
		}
	}
	for _, w := range heldEvents.words {
		// "周六防火演练几点集合 要带啥" right after a 养老保险 question:
		// the drill's own question, not one of his item's papers
		if strings.Contains(t, w) {
			add(w)
		}
	}
	for _, w := range ownAffairs.words {
		// "村里有没有人收玉米 价钱多少", "今年过年村里有没有啥活动"
		// right after his 低保 question: a market's or a festival's own
		// question, not one of his item (lead105)
		if strings.Contains(t, w) {
			add(w)
		}
	}
	for _, w := range perkWords {
		// "过年给困难户发米面油不" days after his 取暖补贴 question: a
		// festival's gift, the village's to decide (und101), not a line
		// of his item's guide that says 困难家庭 (appr107)
		if strings.Contains(t, w) && !slices.ContainsFunc(perkWords, func(o string) bool { return len(o) > len(w) && strings.Contains(o, w) && strings.Contains(t, o) }) {
			add(w)
		}
	}
	for _, w := range fetchedThings.words {
		// "快递要本人去取吗" right after his 残疾证 question: the
		// parcel's own question, not who goes for his 残疾证 (appr102)
		if strings.Contains(t, w) {
			add(w)
		}
	}
	for _, kind := range schemeKinds {
		eachAt(t, kind, func(at int) bool {
			if stem := stemBefore(t[:at]); stem != "" && !asMaterial(t[:at]) {
				add(stem)
			}
			return false
		})
	}
	return out
}

// heldEvents are what the village holds for people to come to on a day
// (see gatherings): a question of one asks about it, whatever papers it
// names.
var heldEvents = newLexicon("疫苗", "接种", "体检", "义诊", "演练", "演习", "集合", "赶集", "赶场")

// ownAffairs are the village's doings and markets that no procedure is:
// a festival's show, a crop's buyer and price. A question of one asks
// about it, whatever item the asker has open.
var ownAffairs = newLexicon("活动", "晚会", "联欢", "庙会", "收购", "价钱", "行情", "收粮", "粮价", "收玉米", "收稻谷")

// fetchedThings are everyday things one fetches or sends that no procedure
// is: a question of one asks about it, whoever must go.
var fetchedThings = newLexicon("快递", "包裹", "取件", "寄件", "外卖", "网购", "驿站")

// schemeKinds end the names of schemes and payouts: "厕所改造", "高龄补贴",
// "医疗救助", "危房补助".
var schemeKinds = []string{"改造", "补贴", "补助", "救助", "补偿", "赔偿", "津贴", "贷款", "保险"}

// matterlessTopics are approval topics that name no matter of their own:
// what every procedure asks or does, a place, who applies, a pay.
var matterlessTopics = []string{"补贴", "救助", "补助", "证明", "身份证", "补办", "手续", "材料", "审批", "办理", "办证", "政策", "惠民", "医院", "医疗",
	"教育", "学校", "学生", "老师", "教师", "工资", "待遇", "收费", "退费", "民政", "养老", "户籍", "减免", "集资", "摊派", "报销", "残疾人", "户口"}

// stemBefore is the name before a scheme's kind at the end of before: its
// last two letters, a 的 between them and the kind passed over ("学校的补
// 助"); "" when two letters are not there.
func stemBefore(before string) string {
	before = strings.TrimSuffix(before, "的")
	rs := []rune(before)
	if len(rs) < 2 || !unicode.Is(unicode.Han, rs[len(rs)-1]) || !unicode.Is(unicode.Han, rs[len(rs)-2]) {
		return ""
	}
	return string(rs[len(rs)-2:])
}

// asMaterial reports whether the word after before is said as a thing to
// bring, copy or hand in: one of bringWords ends before, at most one
// letter apart ("带户口本", "带上医保卡").
func asMaterial(before string) bool {
	for range 2 {
		if hasAnySuffix(before, bringWords) {
			return true
		}
		_, n := utf8.DecodeLastRuneInString(before)
		if n == 0 {
			return false
		}
		before = before[:len(before)-n]
	}
	return false
}

var bringWords = newLexicon("带", "拿", "复印", "提供", "交", "出示", "准备")
