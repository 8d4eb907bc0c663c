package words

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NewcomerWords tell that the speaker moved here or is new to the group.
var NewcomerWords = []string{"新搬来", "刚搬来", "新搬到", "刚搬到", "新来的", "刚来的", "新住户", "新入住", "刚入住", "新加入", "刚进群", "新进群"}

// NewcomerFields reports whether 我是 fields name one person alone (no
// household) as names are written, two to four Chinese characters: the
// newcomer's way of saying who he is.
func NewcomerFields(fields []string) (name string, ok bool) {
	if len(fields) != 1 || !newcomerName.MatchString(fields[0]) {
		return "", false
	}
	return fields[0], true
}

// newcomerName is a name as the roster writes one.
var newcomerName = regexp.MustCompile(`^\p{Han}{2,4}$`)

// BackHomeWords tell that the speaker has come back to the village (for the
// Spring Festival, from work elsewhere): the villager coming home in
// December whose group name the roster does not know yet.
var BackHomeWords = []string{"回来过年", "回家过年", "回村过年", "过年回来", "回来了", "刚回来", "刚回村", "刚回家", "打工回来", "放假回来", "回老家"}

// iamHomeMax is the longest clause a name may be followed by and still be
// a self-introduction ("刚从广东回来过年"), in characters.
const iamHomeMax = 20

// IamHome reads "我是刘大 刚从广东回来过年", "我是陈小凤，刚从深圳打工回来":
// 我是, a name as the roster writes one, then, after a space or a
// punctuation mark, a short clause that says he is new or has come home
// (BackHomeWords, NewcomerWords) — a self-introduction, whose name is what
// 我是 names. A clause saying anything else ("我是刘大 家里水管冻裂了") is
// not one: the message is read as what it says.
func IamHome(text string) (name string, ok bool) {
	rest, found := strings.CutPrefix(text, string(VIam))
	if !found {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \u3000")
	i := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if i < 0 {
		return "", false
	}
	name, clause := rest[:i], strings.TrimFunc(rest[i:], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if !newcomerName.MatchString(name) || strings.HasSuffix(name, "的") || strings.ContainsAny(name, "组村家") ||
		clause == "" || utf8.RuneCountInString(clause) > iamHomeMax ||
		!ContainsAnyOf(clause, BackHomeWords...) && !ContainsAnyOf(clause, NewcomerWords...) {
		return "", false
	}
	return name, true
}
