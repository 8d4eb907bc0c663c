package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// FellUntold reports whether s tells of someone who fell, off a motorbike
// or on the ice ("俺爹骑摩托车在冰上摔了", "我妈在院里冰上滑了一跤"), and
// nothing of how he is: no harm (the alarm rules read that), nor fine
// ("人没事"), nor a near miss ("差点摔了"), a warning ("小心别摔了") or
// days ago. Such words got silence; the group asks him back whether he is
// hurt, with 120 (alarm104).
//
// A sender who tells only his own fall ("摔了一跤", "俺刚在门口滑倒了":
// OwnFall, a short message) is asked too (alarm109: it got silence, and
// his 「不能动」 next went as news of another household's fall alarm).
func FellUntold(s Said) bool {
	t := s.Canon
	if !containsAny(t, persons) && !(OwnFall(s) && utf8.RuneCountInString(t) <= ownFallRunes) || containsAny(t, fallFine) || containsAny(t, daysAgo) || containsAny(t, gratitude) {
		return false
	}
	return fellTold(t)
}

// OwnFall reports whether s opens with the sender's own fall, nobody
// else named: "摔了一跤", "我刚在门口滑倒了", "摔了一跤 不能动" (alarm109).
// Two such falls of two households are two alarms (handlers' fallsApart).
func OwnFall(s Said) bool {
	return ownFallRe.MatchString(s.Canon) && !containsAny(s.Canon, persons)
}

// ownFallRe is a message's opening fall of its sender: his 我 (canon's
// 俺) at most, when, where, then the fall.
var ownFallRe = regexp.MustCompile(`^我?(?:刚才|刚刚|刚|今天|今早|早上|上午|下午|晚上|出门)?(?:在[^ ，,。!！?？]{1,6}?)?(?:冰上|雪地里|雪地上|雪里)?(?:摔了|摔倒|滑倒|跌倒|滑了一跤|摔了一跤|跌了一跤|摔跤了|栽倒)`)

// ownFallRunes is the longest message FellUntold asks back of as its
// sender's own fall: longer ones tell more than the fall.
const ownFallRunes = 14

// fellTold reports whether t tells a fall that happened (fellWords), not
// one only feared or nearly ("差点摔了", "小心别滑倒": fallNotYet).
func fellTold(t string) bool {
	for _, w := range fellWords.words {
		if eachAt(t, w, func(at int) bool {
			before := []rune(t[clauseStart(t, at):at])
			if len(before) > 3 {
				before = before[len(before)-3:]
			}
			return !containsAny(string(before), fallNotYet)
		}) {
			return true
		}
	}
	return false
}

// fellWords say someone fell: "摔了", "滑倒了", "滑了一跤".
var fellWords = newLexicon("摔了", "摔倒", "滑倒", "跌倒", "跌了一跤", "滑了一跤", "摔了一跤", "摔一跤", "摔跤了", "栽倒", "摔下来了", "翻车了", "车翻了")

// fallNotYet, just before a fall word, tell it did not happen: "差点摔了",
// "小心别滑倒", "怕摔了", "容易摔跤".
var fallNotYet = newLexicon("差点", "差一点", "险些", "别", "不要", "小心", "当心", "怕", "容易", "会", "没", "不会", "好几个", "都")

// fallFine say the one who fell is well, or what fell is a thing: "人没
// 事", "没伤着", "手机摔了".
var fallFine = newLexicon(slices.Concat(unharmed.words, mended.words, []string{"没事", "没啥事", "没大碍", "没受伤", "没摔伤", "没摔坏", "起来了", "爬起来", "还好", "手机", "碗", "盘子", "杯子", "瓶子", "东西", "哈哈", "笑死", "玩"})...)

// fellDaysBack, true of a fall word at t[at:], tells the fall on a day
// gone by ("老刘家门口泼水冻成冰了 我妈昨天在那摔了一跤", "前天俺爹在冰上
// 滑倒了") with no word of now after that day: no alarm now by itself;
// unless he still hurts (stillHurt: "下不了床", "腿肿得老高"). The ice or
// pothole he fell on is read by the report rules (alarm107).
func fellDaysBack(t string, at int) bool {
	if !hasAnyPrefix(t[at:], fellWords) {
		return false // 掉进, 倒在: no fall of his own
	}
	before, back := t[:at], -1
	for _, w := range daysBack.words {
		back = max(back, strings.LastIndex(before, w))
	}
	return back >= 0 && !containsAny(before[back:], nowAgain) && !containsAny(t[at:], stillHurt)
}

// stillHurt, after an old fall, tell it hurts him now ("腿肿得老高 一直
// 喊疼", "下不了床"): the alarm it was.
var stillHurt = newLexicon(slices.Concat(fallSigns.words, fallHarms.words, soreWords.words,
	[]string{"下不了床", "下不来床", "走不了", "不能走", "走不动", "住院", "医院"})...)

// daysBack are a day before today: yesterday and daysAgo. nowAgain after
// one come back to today ("昨天下的雪 今天早上我妈在门口摔了一跤").
var (
	daysBack = newLexicon(slices.Concat(daysAgo.words, []string{"昨天", "昨儿", "昨日", "昨晚", "昨夜", "昨个"})...)
	nowAgain = newLexicon("今天", "今儿", "今早", "今个", "刚才", "刚刚", "刚", "现在", "这会")
)

// fellOnDayGone reports whether t tells a fall on a day gone by
// (fellDaysBack): "门口那块冰 我妈昨天在那滑倒了" tells the ice that felled
// her, a matter to register; a fall of today is asked after first
// (FellUntold, alarm109).
func fellOnDayGone(t string) bool {
	return slices.ContainsFunc(fellWords.words, func(w string) bool {
		return eachAt(t, w, func(at int) bool { return fellDaysBack(t, at) })
	})
}

// iceFell reports whether t tells ice or a slippery way where someone
// fell already ("后坡那段路结冰了 今早有人骑车摔了", "门口那块冰 我妈昨天在
// 那滑倒了"): the way's trouble to clear, and a danger now, proven by the
// fall (village.HazardIce: registered without asking, its leaders told at
// once, counted among the open dangers; alarm108). Long ago ("去年冬天在
// 这摔过", pastTimes) it proves nothing now; one hurt is the alarm's. The
// slip of the fall word itself ("在院门口滑倒了") is no ice (alarm109).
func iceFell(t string) bool {
	return strings.ContainsAny(strip(t, fellWords), "冰冻滑") && containsAny(t, iceWays) && !containsAny(t, pastTimes) && !containsAny(t, fallAsks) &&
		(fellTold(t) || iceFallsRe.MatchString(t))
}

// fallAsks ask whether one may fall, no fall told: "会不会摔", "摔了咋办".
var fallAsks = newLexicon("会不会", "咋办", "怎么办", "能不能")
