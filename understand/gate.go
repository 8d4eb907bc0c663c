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
