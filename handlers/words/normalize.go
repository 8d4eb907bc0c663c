package words

import (
	"gridbot/understand"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean makes outside text safe to handle: control characters and
// zero-width characters are dropped, full-width "＃", letters and digits
// and the ideographic space are folded, runs of blank lines collapse.
func Clean(s string) string {
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

// StripMention removes "@botname" (or "@小助手", typed by hand for a bot
// so named) and reports whether it was there. The
// bot called by its name at the start without the @ ("小助手 我怎么申请积
// 分", "网格小助手，积分怎么用") is addressed as well: see calledBy.
func StripMention(text, bot string) (string, bool) {
	t := strings.TrimSpace(text)
	for _, n := range botNames(bot) {
		if i := strings.Index(t, "@"+n); i >= 0 {
			return strings.TrimSpace(t[:i] + " " + t[i+len("@"+n):]), true
		}
	}
	if rest, ok := calledBy(t, bot); ok {
		return rest, true
	}
	return t, false
}

// botNames are the names the bot is called by: its own, and "小助手" when
// its name ends so ("网格小助手").
func botNames(bot string) []string {
	if short := "小助手"; strings.HasSuffix(bot, short) && bot != short {
		return []string{bot, short}
	}
	return []string{bot}
}

// calledBy reports whether t starts by calling the bot by one of its
// names (botNames), then a pause or a greeting: "小助手，…",
// "网格小助手 …", "小助手你好…". rest is what follows. A name run into the
// sentence ("小助手说的不对") calls no one.
func calledBy(t, bot string) (rest string, ok bool) {
	for _, n := range botNames(bot) {
		after, found := strings.CutPrefix(t, n)
		if !found {
			continue
		}
		greeted := false
		for _, g := range []string{"你好", "您好"} {
			if a, ok := strings.CutPrefix(after, g); ok {
				after, greeted = a, true
			}
		}
		if after != "" && !greeted && !startsWithPause(after) {
			continue
		}
		return strings.TrimLeftFunc(after, IsPause), true
	}
	return "", false
}

// startsWithPause reports whether s starts with a space or a pause mark.
func startsWithPause(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsPause(r)
}

func IsPause(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("，,。：:、!！~～", r)
}

// JustSaid reports whether text is just word (once or more) among fillers
// ("好的收到", "非常满意👍"): what is left once they are taken off has no
// letter or digit. Questions ("收到了吗", "满意吗？") and longer sentences
// that merely contain word are not.
func JustSaid(text, word string, fillers []string) bool {
	if utf8.RuneCountInString(text) > 16 || !strings.Contains(text, word) || strings.ContainsAny(text, "?？吗") {
		return false
	}
	return !understand.HasContent(trimFillers(strings.ReplaceAll(text, word, ""), fillers))
}

// trimFillers is s with fillers taken off its start and end, as long as
// one is there.
func trimFillers(s string, fillers []string) string {
	for changed := true; changed && s != ""; {
		changed = false
		for _, f := range fillers {
			if r, ok := strings.CutPrefix(s, f); ok {
				s, changed = r, true
			}
			if r, ok := strings.CutSuffix(s, f); ok {
				s, changed = r, true
			}
		}
	}
	return s
}
