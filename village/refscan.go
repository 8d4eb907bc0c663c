package village

import "unicode/utf8"

// The scan below finds what refPattern finds, as
// FindAllStringSubmatchIndex does, without the regexp machinery: every
// command and most replies are searched for references, and the pattern
// was the dearest part of reading a command. FuzzRefScan holds it to the
// pattern.

// refMatches returns the submatch indexes of refPattern's matches in s,
// leftmost first and not overlapping, as FindAllStringSubmatchIndex(s, -1)
// does.
func refMatches(s string) [][]int {
	var out [][]int
	for p := 0; p <= len(s); {
		if m, ok := refAt(s, p); ok {
			out = append(out, m)
			p = m[1]
			continue
		}
		if p == len(s) {
			break
		}
		_, size := utf8.DecodeRuneInString(s[p:])
		p += size
	}
	return out
}

// refAt matches refPattern at p: at the start of s, or after a rune that
// is no letter or digit of ASCII (nor ſ or K, which (?i) folds to s and k).
func refAt(s string, p int) ([]int, bool) {
	if p == 0 {
		if m, ok := refFrom(s, 0, 0); ok {
			return m, true
		}
	}
	if p >= len(s) {
		return nil, false
	}
	r, size := utf8.DecodeRuneInString(s[p:])
	if r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') || r == 'ſ' || r == 'K' {
		return nil, false
	}
	return refFrom(s, p, p+size)
}

// refFrom matches the rest of refPattern, #?\s*([RC])\s*([0-9]+), at i,
// for a match that starts at start.
func refFrom(s string, start, i int) ([]int, bool) {
	if i < len(s) && s[i] == '#' {
		i++
	}
	i = skipSpace(s, i)
	if i >= len(s) || (s[i] != 'R' && s[i] != 'r' && s[i] != 'C' && s[i] != 'c') {
		return nil, false
	}
	kind := i
	i = skipSpace(s, i+1)
	digits := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == digits {
		return nil, false
	}
	return []int{start, i, kind, kind + 1, digits, i}, true
}

// skipSpace skips \s (ASCII space, tab, newline, form feed, return).
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}
