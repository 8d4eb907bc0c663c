package understand

import (
	"slices"
	"strings"
)

// troubleAsked reports whether t tells a trouble of here and now (a
// supply cut, a thing broken: a strong problem, see problem) and then
// asks when it ends or why ("村里的自来水今天一直没水 啥时候来水啊", "家里没电
// 啥时候来电", "水龙头出不来水 什么时候能好"): a complaint put as a
// question, a matter to report, whose question the leader answers. Said
// as the first word of the asking (troubleAsks), the words before it
// must tell the trouble and not ask themselves ("停水了吗 几点来水" asks
// whether); what is asked after a when-word must be the trouble's end
// (remedies), not a person's plan ("没信号 你啥时候回来"). A cut
// announced or planned ("明天停水 几点来水", "检修停电 什么时候来电", "停电
// 通知说几点来电", "下午停电 几点来电") is the notice's, a question for
// news, and so are its hours ("停水是几点到几点"); so is a question with
// no trouble before it ("什么时候来电").
func troubleAsked(t string) bool {
	ok, _ := troubleAskedWhen(t)
	return ok
}

// troubleAskedWhen is troubleAsked, and whether what is asked is when the
// trouble ends ("天然气没气了 啥时候来气"), not why ("垃圾到底有人管没有").
func troubleAskedWhen(t string) (asked, when bool) {
	at := firstIndexAny(t, troubleAsks)
	if at <= 0 {
		return false, false
	}
	before, after := t[:at], t[at:]
	if strings.HasSuffix(strings.TrimSpace(before), "是") || strings.Contains(after, "到几点") {
		return false, false // "停水是几点到几点啊": the cut's hours asked
	}
	if isQuestion(before) || containsAny(before, futures) || containsAny(t, cutNotices) ||
		containsAny(before, dayParts) && !containsAny(before, stillCut) {
		return false, false
	}
	if cat, strong, _ := problem(before); cat == "" || cat == "政策咨询" || !strong {
		return false, false
	}
	if !hasAnyPrefix(after, whenAsks) {
		return true, false
	}
	return containsAny(after, remedies), true
}

// firstIndexAny is where the first word of l in s begins, -1 for none.
func firstIndexAny(s string, l lexicon) int {
	first := -1
	for _, w := range l.words {
		if i := strings.Index(s, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

var (
	// troubleAsks ask when a trouble ends or why it is there (canonical:
	// "啥时候" reads "什么时候", "咋还" "怎么还").
	troubleAsks = newLexicon(slices.Concat(dialectWhens, []string{"什么时候", "几点", "哪天", "几时", "多久", "怎么回事", "怎么还", "怎么又", "怎么一直", "为什么", "能不能", "能否", "到底",
		// a cause guessed ("一滴水都不出 是不是总管冻住了"): why, asked (und89)
		"是不是"})...)
	// whenAsks are the troubleAsks that ask when: what they ask must be
	// the trouble's end (remedies).
	whenAsks = newLexicon(slices.Concat(dialectWhens, []string{"什么时候", "几点", "哪天", "几时", "多久"})...)
	// dialectWhens ask when in dialect, canonical (啥 reads 什么): 么时候
	// (鄂), 多会儿 and 多咱 (北方), 哪会儿, 啥会儿, 好久来 (川: "好久来电").
	dialectWhens = []string{"么时候", "多会儿", "多会", "多咱", "哪会儿", "什么会儿", "好久来", "好久能", "好久有", "好久恢复"}
	// remedies are a trouble's end: the supply back, the thing mended.
	remedies = newLexicon("来水", "来电", "来气", "来网", "通气", "供气", "来信号", "通车", "有车", "发车", "再开", "开通", "有水", "有电", "有气", "有网", "有信号", "通水", "通电", "通网", "供水", "供电", "恢复", "修", "好", "解决", "处理", "弄", "管", "来人", "来看", "派人", "通",
		// snow and ice cleared, or who clears them come: "铲雪车啥时候能过来" (und97)
		"铲", "扫", "除冰", "撒盐", "过来")
	// cutNotices tell a cut as a notice tells it: planned, announced.
	cutNotices = newLexicon("通知", "公告", "说好", "听说", "据说", "计划", "预计", "按计划")
	// dayParts set a cut at a time of day ("下午停电"): an announcement,
	// unless told as going on (stillCut).
	dayParts = newLexicon("上午", "下午", "中午", "晚上", "早上", "夜里", "点到", "号")
	// stillCut tell a trouble as going on now, or lasting through a
	// part of the day ("一上午都没水").
	stillCut = newLexicon("了", "一滴", "一直", "还是", "又", "到现在", "至今", "都没", "都停", "一上午", "一下午", "一晚上", "一早上", "一整天")
)

// TroubleQuestion is the question of said, as typed, when it tells a
// trouble and then asks when it ends or why (see troubleAsked): "啥时候来
// 水啊" of "村里的自来水今天一直没水 啥时候来水啊". The item filed for the
// trouble carries it; the leader answers it. Empty when said asks no
// such question.
func TroubleQuestion(said Said) string {
	if !troubleAsked(unspace(said.Canon)) {
		return ""
	}
	at := firstIndexAny(said.Raw, typedTroubleAsks)
	if at < 0 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(said.Raw[at:]), "。.!！")
}

// typedTroubleAsks are troubleAsks as villagers type them, before
// canon folds them.
var typedTroubleAsks = newLexicon("么时候", "多会儿", "多会", "多咱", "哪会儿", "啥会儿", "好久来", "好久能", "好久有", "好久恢复", "什么时候", "啥时候", "啥时", "几点", "哪天", "几时", "多久", "怎么回事", "咋回事", "怎么还", "咋还", "怎么又", "咋又", "怎么一直", "咋一直", "为什么", "为啥", "能不能", "能否", "到底", "是不是")
