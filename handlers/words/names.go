package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SpacedName reads a roster name typed with spaces between its
// characters ("张 明", "王 奶奶") at the start of s: two or three
// space-separated pieces of one or two Han characters that make a name of
// two to four characters isName accepts, the longest first. rest is what
// follows it; ok is false when s starts with no such name.
func SpacedName(s string, isName func(string) bool) (name, rest string, ok bool) {
	s = strings.TrimLeft(s, " ")
	var pieces []string
	var ends []int
	for at := 0; len(pieces) < 3; {
		han := strings.IndexFunc(s[at:], func(r rune) bool { return !unicode.Is(unicode.Han, r) })
		if han < 0 {
			han = len(s) - at
		}
		if n := utf8.RuneCountInString(s[at : at+han]); n == 0 || n > 2 {
			break
		}
		pieces, ends = append(pieces, s[at:at+han]), append(ends, at+han)
		at += han
		spaces := len(s[at:]) - len(strings.TrimLeft(s[at:], " "))
		if spaces == 0 {
			break // "明、刘芳": the name ends at the punctuation
		}
		at += spaces
	}
	for k := len(pieces); k >= 2; k-- {
		n := strings.Join(pieces[:k], "")
		if c := utf8.RuneCountInString(n); c <= 4 && isName(n) {
			return n, strings.TrimLeft(s[ends[k-1]:], " "), true
		}
	}
	return "", s, false
}

// NameEnd is where the first mention of name in s ends, written together
// or with spaces between its characters ("张 明"); -1 when s has none.
func NameEnd(s, name string) int {
	for start := 0; start < len(s); {
		if end := nameAt(s[start:], name); end >= 0 {
			return start + end
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		start += size
	}
	if name == "" {
		return 0
	}
	return -1
}

// nameAt is where name ends when s starts with it, its characters
// separated by nothing or by ASCII white space; -1 when s does not.
func nameAt(s, name string) int {
	at := 0
	for i, r := range name {
		if i > 0 {
			for at < len(s) && isASCIISpace(s[at]) {
				at++
			}
		}
		c, size := utf8.DecodeRuneInString(s[at:])
		if size == 0 || c != r {
			return -1
		}
		at += size
	}
	return at
}

// isASCIISpace is what regexp's \s matches.
func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// PersonChoice is one of the people a name fits: where he lives, his
// household, and the shortest way to write him alone.
type PersonChoice struct {
	Where, Household, Form string
	// Label is his household and name ("陈二户·陈二（户号 QS-302）"); Again the command
	// to send for him (unknownPerson).
	Label, Again string
}

// MaxNear is how many people a mistyped name may be one character off
// and still be answered with them: more is too loose to help.
const MaxNear = 4
