package understand

import (
	"regexp"
	"strings"
)

// gatedRe is a regexp every match of which holds one of the runes of
// anyOf: MatchString looks for one first, as most messages hold none and
// the backtracker tries a pattern that opens with no literal at every
// position (und105: a third of BenchmarkRulesRead was such tries). The
// readings are the regexp's own (TestGatedRegexpsAgree).
type gatedRe struct {
	*regexp.Regexp
	anyOf string
}

// gate is re behind the runes of anyOf, one of which every match holds.
func gate(anyOf string, re *regexp.Regexp) gatedRe { return gatedRe{re, anyOf} }

func (g gatedRe) MatchString(t string) bool {
	return strings.ContainsAny(t, g.anyOf) && g.Regexp.MatchString(t)
}

// FindStringIndex is the regexp's, nil without a rune of anyOf.
func (g gatedRe) FindStringIndex(t string) []int {
	if !strings.ContainsAny(t, g.anyOf) {
		return nil
	}
	return g.Regexp.FindStringIndex(t)
}

// replaceAll is replaceAll(re, t, repl), but t itself when re finds
// nothing in it, as in most messages: ReplaceAllString copies t twice even
// then (und106: about a third of BenchmarkRulesRead's allocations).
func replaceAll(re *regexp.Regexp, t, repl string) string {
	if !re.MatchString(t) {
		return t
	}
	return re.ReplaceAllString(t, repl)
}
