package words

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A villager's own word that an elder of his household is away (call103):
// 「我妈去我姐家住了 过完年再回来 这段时间电话不用打了」. Read as a
// worker's call note is (InHospital, with 她 for his kin word), it pauses
// her routine calls; these say what else it may hold.

// callsOffWords say her calls may stop a while ("电话不用打了", "先别打").
var callsOffWords = []string{"不用打", "别打", "不要打", "不必打", "先不打", "不用再打", "暂停", "先停", "停一停"}

// CallsOff reports whether clause asks that her calls stop a while
// ("这段时间电话不用打了", "回访先停一停").
func CallsOff(clause string) bool {
	return ContainsAnyOf(clause, callsOffWords...) && ContainsAnyOf(clause, "电话", "打", "回访")
}

// StayNeed reports whether rest, what a relative's word of her stay tells
// beside it (InHospital's Rest), tells a need of hers ("家里水管冻住了"):
// a matter to read as any, not a stay to note alone. Clauses asking her
// calls to stop tell none.
func StayNeed(rest string) bool {
	for _, c := range strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune(CallSeps+"。!！?？", r) }) {
		if CallsOff(c) {
			continue
		}
		if _, need := needIn(c); need {
			return true
		}
	}
	return false
}

// elderAskRe is a question the elder (or one of hers) asked on the call,
// in a worker's note: 「她问今年过年有没有慰问品」, 「老人问取暖补贴什么时候
// 发」, 「她女儿问医保在哪交」; its group the question.
var elderAskRe = regexp.MustCompile(`(?:她|他|老人|本人|` + kin + `)(?:还|也|又)?(?:问|打听|想问|想知道)(?:一下|了|了一下|说)?\s*([^，。；;,!！?？\s]+)`)

// askWords make what follows 问 a question, not one asked of her
// ("她问我身体好不好" asks nothing of the village: 身体 is hers).
var askWords = []string{"有没有", "什么时候", "啥时候", "几时", "能不能", "可不可以", "怎么", "咋", "多少", "哪里", "哪儿", "在哪", "是不是", "会不会",
	"给不给", "发不发", "还有没", "吗", "么", "没有", "啥"}

// ElderAsks is the question the elder, or one of hers, asked on the call
// as note tells it ("她问今年过年有没有慰问品": 「今年过年有没有慰问品」,
// call103), for the grid leader to answer: a worker cannot, and kept in
// the note alone, nobody who can ever hears it. ok is false for none.
func ElderAsks(note string) (question string, ok bool) {
	m := elderAskRe.FindStringSubmatch(note)
	if m == nil || !ContainsAnyOf(m[1], askWords...) || strings.HasPrefix(m[1], "我") && ContainsAnyOf(m[1], "身体", "好不好", "吃了没") {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

// backHomeWords say she is home again ("我妈回来了", "已经接回家了").
var backHomeWords = []string{"回来了", "回家了", "到家了", "接回来了", "接回家了", "回村了", "出院了"}

// BackHome reports whether note, a relative's word with 她 for his kin
// word, says she is home again, and no stay away, no need, no question
// ("她回来了": her paused calls resume; "她回来了 腿还疼" is a matter).
func BackHome(note string) bool {
	if !ContainsAnyOf(note, backHomeWords...) || strings.ContainsAny(note, "?？吗") || ContainsAnyOf(note, "没回", "还没", "不回", "再回", "才回") {
		return false
	}
	if _, ok := InHospital(note, time.Now()); ok {
		return false
	}
	_, need := needIn(note)
	return !need
}

// OwnKinPairRe finds the speaker's own two elders named in one word ("我爸妈",
// "俺公婆", "我家老两口", call104); its group the word, KinPair its two.
var OwnKinPairRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:家的?|的)?(爸妈|爸爸妈妈|爹妈|爹娘|父母|公婆|爷爷奶奶|姥姥姥爷|外公外婆|二老|老两口|两个老人|两位老人|两老)`)

// KinPair is the two kin words a word of OwnKinPairRe stands for: a
// relative's 「我爸妈都去我姐家了」 pauses both their calls.
var KinPair = map[string][2]string{
	"爸妈": {"爸", "妈"}, "爸爸妈妈": {"爸", "妈"}, "爹妈": {"爸", "妈"}, "爹娘": {"爸", "妈"}, "父母": {"爸", "妈"},
	"二老": {"爸", "妈"}, "老两口": {"爸", "妈"}, "两个老人": {"爸", "妈"}, "两位老人": {"爸", "妈"}, "两老": {"爸", "妈"},
	"公婆": {"公公", "婆婆"}, "爷爷奶奶": {"爷爷", "奶奶"}, "姥姥姥爷": {"姥爷", "姥姥"}, "外公外婆": {"外公", "外婆"},
}

// AskedQuoteRe is the elder's question in the bot's 【老人问】 to her grid
// leader (call.question.leader, and its morning reminder) as he quotes it
// to answer (call105): groups the elder's name as shown, the question.
var AskedQuoteRe = regexp.MustCompile(`^【老人问】[^「」]*?电话回访时，([^，。「」\s]+?)问：「([^「」]+)」`)

// answeredSelfWords say the leader answered her himself (「已答复」, 「我打
// 电话跟她说了」): the worker has nothing to pass on.
var answeredSelfWords = []string{"已答复", "答复了", "回复了", "已回复", "已经答复", "跟她说了", "跟他说了", "和她说了", "和他说了", "告诉她了",
	"告诉他了", "跟老人说了", "告诉老人了", "打给她了", "打给他了", "给她打了电话", "给他打了电话"}

// askLaterWords put an answer off (「我问问镇里」, 「回头再说」): no answer yet.
var askLaterWords = []string{"问问", "我去问", "我再问", "去打听", "再打听", "回头", "等我", "过两天", "再说", "还不知道", "不清楚", "不确定",
	"等镇里", "等通知"}

// AskReply is what a grid leader's reply quoting a 【老人问】 does with the
// question (call105): AnsweredSelf (he told her himself), AnswerLater (he
// puts it off, asks back, or only says 好的), else AnswerGiven (the answer, to pass on).
func AskReply(text string) AskAnswer {
	switch {
	case ContainsAnyOf(text, answeredSelfWords...):
		return AnsweredSelf
	case ContainsAnyOf(text, askLaterWords...) || IsAssent(text) || IsAck(text) || strings.ContainsAny(text, "?？") || utf8.RuneCountInString(strings.TrimSpace(text)) < 2:
		return AnswerLater
	}
	return AnswerGiven
}

// askedCommon are two-character words of a question that tell nothing of
// what it asks (「有没有」, 「什么时候」): sharing one is no answer to it.
var askedCommon = []string{"有没", "没有", "什么", "时候", "怎么", "今年", "明年", "能不", "不能", "可以", "是不", "不是", "村里", "一下", "多少",
	"几号", "哪天", "要不", "不要", "还有", "过年"}

// AnswersAsked reports whether text, a leader's words after an elder's
// name, speaks of question, hers (call106: 「问的慰问品 有的」 of 「今年过年
// 有没有慰问品」): it says 问 (「她问的那个」), or shares with it a word of two
// Han characters that is not askedCommon.
func AnswersAsked(text, question string) bool {
	if strings.Contains(text, "问") {
		return true
	}
	q := []rune(question)
	for i := 0; i+1 < len(q); i++ {
		w := string(q[i : i+2])
		if unicode.Is(unicode.Han, q[i]) && unicode.Is(unicode.Han, q[i+1]) && !slices.Contains(askedCommon, w) && strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// AskAnswer is a leader's reply to an elder's question (AskReply).
type AskAnswer int

const (
	AnswerGiven AskAnswer = iota
	AnsweredSelf
	AnswerLater
)

// answerOpens are the words an answer to an elder's question opens with
// (「有的 腊月二十前送到家」, 「可以，带上户口本」): yes or no, can or
// cannot, when; answerWords the same as a word alone, before a pause
// (「有，腊月二十前送」, 「没有 今年不发了」), not 「有人在河边烧垃圾」.
var (
	answerOpens = []string{"有的", "会的", "是的", "可以", "不可以", "不用", "今年", "明年", "年前", "年后", "过年前", "腊月", "正月", "下周",
		"下个月", "月底"}
	answerWords = []string{"有", "没有", "没", "会", "不会", "能", "不能", "要", "不要", "是", "不是", "行", "不行"}
)

// AnswerOpens reports whether text, a grid leader's private words that
// name no elder, reads as the answer to an elder's question asked of him
// (call107: 「有的 腊月二十前送到家」 was offered as a report): it opens
// with an answer (answerOpens, a word of answerWords alone before a
// pause), says he told her (answeredSelfWords), or speaks of question
// (AnswersAsked); no question of its own, no acknowledgement alone.
func AnswerOpens(text, question string) bool {
	text = strings.TrimSpace(text)
	if strings.ContainsAny(text, "?？") || IsAck(text) || IsAssent(text) || utf8.RuneCountInString(text) < 2 {
		return false
	}
	if StartsWithAny(text, answerOpens...) || ContainsAnyOf(text, answeredSelfWords...) || AnswersAsked(text, question) {
		return true
	}
	for _, w := range answerWords {
		if rest, ok := strings.CutPrefix(text, w); ok && rest != "" && strings.ContainsRune(" ，,。.！!；;、", []rune(rest)[0]) {
			return true
		}
	}
	return false
}
