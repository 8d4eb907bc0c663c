package words

import (
	"strings"
	"unicode/utf8"
)

// backWords say a matter is not fixed, or is back, past pressing it:
// "又垂下来了", "还是不亮", "没修好".
var backWords = []string{"又", "还是", "仍", "没修", "没好", "没弄好", "没解决", "没处理", "没用", "老样子", "一样"}

// PressesOnly reports whether text presses a matter (ChaseWords: "电线那个
// 咋还没人来", "到底有人管没有") and says nothing else of it: no word that
// it is back or was never fixed (backWords) outside the pressing words.
// Said after his item's 办结 it may press another matter still open, or
// doubt the 办结: asked, not taken for his 未解决 (rep108).
func PressesOnly(text string) bool {
	if !ContainsAnyOf(text, ChaseWords...) {
		return false
	}
	return !ContainsAnyOf(BlankEvery(text, ChaseWords, nobodyWords), backWords...)
}

// ownPlaces say the sender's own place: his matter, never a neighbour's
// ("我家门口的电线啥时候来修").
var ownPlaces = []string{"我家", "俺家", "我们家", "咱家", "我屋", "俺屋", "我这", "我们这", "我那", "俺那", "我们那", "自家"}

// neighbourPressRunes is the most a neighbour's press may say of the matter
// (its subject's content, ChaseSubject): "电线那个", "村口那段冰", "狗的事";
// more tells a matter ("后院的树长到电线上了 啥时候来修剪一下").
const neighbourPressRunes = 8

// PressesNamed reports whether text presses a matter it names in a few
// words, not his own place's nor the same trouble at home ("我家也没水了
// 啥时候来水啊" is a me-too): a neighbour may so press another's open item
// the group saw ("电线那个咋还没人来").
func PressesNamed(text string) bool {
	if !ContainsAnyOf(text, ChaseWords...) || ContainsAnyOf(text, ownPlaces...) || MyMatter(text) || strings.Contains(text, "也") {
		return false
	}
	n := utf8.RuneCountInString(strings.Join(ContentRuns(ChaseSubject(text)), ""))
	return n > 0 && n <= neighbourPressRunes
}
