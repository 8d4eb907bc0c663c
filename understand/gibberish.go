package understand

import (
	"strings"
	"unicode"
)

// Gibberish reports whether text holds letters or digits but no word: no
// Chinese character, and its Latin runs are mostly not pinyin ("asdkjh
// 123 ...", "qwertyuiop", "1234567890 9876"). Like a run of emoji it says
// nothing to act on, unlike "lu deng huai le", pinyin typed without
// picking the characters, which may tell a matter. Emergencies are read
// before it (Rules.Read): "zhao huo le kuai lai ren" is an alarm.
func Gibberish(text string) bool {
	t := normalize(text)
	if !HasContent(t) || hasHan(t) {
		return false
	}
	words, pinyin := 0, 0
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) {
		words++
		if isPinyin(w) {
			pinyin++
		}
	}
	return pinyin*2 < words || words == 0
}

// isPinyin reports whether w, lower-case Latin letters, is one or more
// pinyin syllables written together ("laowang", "zhaohuo").
func isPinyin(w string) bool {
	// ok[i]: w[:i] splits into syllables
	ok := make([]bool, len(w)+1)
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for n := 1; n <= maxSyllable && n <= i; n++ {
			if ok[i-n] && pinyinSyllables[w[i-n:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[len(w)]
}

// maxSyllable is the longest pinyin syllable ("zhuang", "shuang").
const maxSyllable = 6

// pinyinSyllables are the syllables of Mandarin pinyin, toneless, ü as v
// (normalize folds it so): each initial with each final, which also
// lets through a few that Mandarin has not; that only makes more text
// read as pinyin, never less.
var pinyinSyllables = func() map[string]bool {
	initials := []string{"", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"}
	finals := []string{"a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
		"ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "van", "vn"}
	out := make(map[string]bool, len(initials)*len(finals))
	for _, i := range initials {
		for _, f := range finals {
			out[i+f] = true
		}
	}
	for _, s := range []string{"m", "n", "ng", "hm", "hng"} { // interjections: 嗯, 呣
		out[s] = true
	}
	return out
}()
