package handlers

import (
	"strings"
	"unicode"
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
