package handlers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes outside text safe to handle: control characters and
// zero-width characters are dropped, full-width "＃", letters and digits
// and the ideographic space are folded, runs of blank lines collapse.
func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\u3000' || r == '\t' || r == '\u2005' || r == '\u00a0':
			b.WriteRune(' ')
		case r == '＃':
			b.WriteRune('#')
		case '０' <= r && r <= '９', 'Ａ' <= r && r <= 'Ｚ', 'ａ' <= r && r <= 'ｚ':
			// a Chinese keyboard in full-width mode types "Ｒ３"
			b.WriteRune(r - '０' + '0')
		case r == '\uFFFD', r == '\u200B', r == '\u200C', r == '\u200D', r == '\uFEFF':
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// stripMention removes a leading "@botname" and reports whether it was there.
func stripMention(text, bot string) (string, bool) {
	t := strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(t, "@"+bot); ok {
		return strings.TrimSpace(rest), true
	}
	if i := strings.Index(t, "@"+bot); i >= 0 {
		return strings.TrimSpace(t[:i] + " " + t[i+len("@"+bot):]), true
	}
	return t, false
}

// hasContent reports whether s holds any letter or digit: a message of
// emoji, stickers or punctuation only is left alone.
func hasContent(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// justSaid reports whether text is just word (once or more) among fillers
// ("好的收到", "非常满意👍"): what is left once they are taken off has no
// letter or digit. Questions ("收到了吗", "满意吗？") and longer sentences
// that merely contain word are not.
func justSaid(text, word string, fillers []string) bool {
	if utf8.RuneCountInString(text) > 16 || !strings.Contains(text, word) || strings.ContainsAny(text, "?？吗") {
		return false
	}
	rest := strings.ReplaceAll(text, word, "")
	for changed := true; changed && rest != ""; {
		changed = false
		for _, f := range fillers {
			if r, ok := strings.CutPrefix(rest, f); ok {
				rest, changed = r, true
			}
			if r, ok := strings.CutSuffix(rest, f); ok {
				rest, changed = r, true
			}
		}
	}
	return !hasContent(rest)
}
