package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A villager who writes to the group as to the 12345 hotline opens with a
// salutation, who he is, and that he reports something ("尊敬的领导：本人
// 系青山村三组村民，现反映…"): none of it says what the matter is, so the
// one-line summary starts after it (see summarize).
var (
	salutationRe = regexp.MustCompile(`^(?:尊敬的[^，,:：!！。\s]{0,12}[:：，,!！]\s*|[^，,:：!！。\s]{0,8}(?:领导|书记|主任|村长|网格员|叔叔|阿姨)(?:您|你)?好[，,:：!！。]?\s*|(?:您|你)好[，,:：!！。]?\s*|打扰了?[，,:：!！。]?\s*)+`)
	selfRe       = regexp.MustCompile(`^(?:本人|我)(?:系|是)[^，,:：。！!\s]{1,24}[，,:：。！!]\s*`)
	petitionRe   = regexp.MustCompile(`^(?:现|特此|想|我想|我要|我)?(?:向(?:您|领导)?)?反映(?:一下|下|一个问题|一个情况|个事情|个情况|情况|如下)?[:：，,]?\s*`)
)

// addressees are whom a salutation greets (salutationRe's list).
var addressees = newLexicon("领导", "书记", "主任", "村长", "网格员", "叔叔", "阿姨")

// letterOpenings are the openings letterBody cuts, each with what a text
// must hold for it to match, so that chat, which holds none of it, is not
// run through the regexps.
var letterOpenings = []struct {
	re    *regexp.Regexp
	maybe func(string) bool
}{
	{salutationRe, func(s string) bool {
		return strings.HasPrefix(s, "尊敬的") || strings.HasPrefix(s, "打扰") ||
			strings.Contains(s, "好") && (strings.Contains(s, "你好") || strings.Contains(s, "您好") || containsAny(s, addressees))
	}},
	{selfRe, func(s string) bool { return strings.HasPrefix(s, "本人") || strings.HasPrefix(s, "我") }},
	{petitionRe, func(s string) bool { return strings.Contains(s, "反映") }},
}

// letterBody is t without the opening of a letter: salutation, who the
// sender is, "现反映". What is left must still say something: a message
// that is all opening is kept whole.
func letterBody(t string) string {
	rest := t
	for _, o := range letterOpenings {
		if !o.maybe(rest) {
			continue
		}
		if loc := o.re.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:]
		}
	}
	if utf8.RuneCountInString(rest) < 4 {
		return t
	}
	return rest
}
