package handlers

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedName reads a roster name typed with spaces between its
// characters ("张 明", "王 奶奶") at the start of s: two or three
// space-separated pieces of one or two Han characters that make a name of
// two to four characters isName accepts, the longest first. rest is what
// follows it; ok is false when s starts with no such name.
func spacedName(s string, isName func(string) bool) (name, rest string, ok bool) {
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

// nameEnd is where the first mention of name in s ends, written together
// or with spaces between its characters ("张 明"); -1 when s has none.
func nameEnd(s, name string) int {
	var pattern strings.Builder
	for i, r := range name {
		if i > 0 {
			pattern.WriteString(`\s*`)
		}
		pattern.WriteString(regexp.QuoteMeta(string(r)))
	}
	loc := regexp.MustCompile(pattern.String()).FindStringIndex(s)
	if loc == nil {
		return -1
	}
	return loc[1]
}

// nameIn returns whether a name (or nickname) is on village v's roster.
func (r *Router) nameIn(v string) func(string) bool {
	return func(n string) bool { _, err := r.people.Lookup(v, n); return err == nil }
}
