package understand

import "slices"

// FellUntold reports whether s tells of someone who fell, off a motorbike
// or on the ice ("俺爹骑摩托车在冰上摔了", "我妈在院里冰上滑了一跤"), and
// nothing of how he is: no harm (the alarm rules read that), nor fine
// ("人没事"), nor a near miss ("差点摔了"), a warning ("小心别摔了") or
// days ago. Such words got silence; the group asks him back whether he is
// hurt, with 120 (alarm104).
func FellUntold(s Said) bool {
	t := s.Canon
	if !containsAny(t, persons) || containsAny(t, fallFine) || containsAny(t, daysAgo) || containsAny(t, gratitude) {
		return false
	}
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
