package understand

import (
	"regexp"
	"strings"
	"sync"
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

// FindAllStringIndex is the regexp's, nil without a rune of anyOf.
func (g gatedRe) FindAllStringIndex(t string, n int) [][]int {
	if !strings.ContainsAny(t, g.anyOf) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(t, n)
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

// replacer is a strings.Replacer that hands back its text itself when no
// pattern occurs in it, as in most messages: strings.Replacer copies the
// text twice even then (und107: canon's two replacers were four of a
// read's fourteen allocations). Every replacer of understand is one.
type replacer struct{ r *strings.Replacer }

// newReplacer is strings.NewReplacer(oldnew...) as a replacer.
func newReplacer(oldnew ...string) replacer { return replacer{strings.NewReplacer(oldnew...)} }

// Replace is strings.Replacer's Replace: s with every pattern replaced,
// s itself when none occurs.
func (p replacer) Replace(s string) string {
	if s == "" {
		return s
	}
	w := replacedPool.Get().(*replaced)
	w.src, w.buf, w.whole, w.writes = s, w.buf[:0], false, 0
	p.r.WriteString(w, s)
	out := s
	if !w.whole {
		out = string(w.buf)
	}
	w.src = ""
	replacedPool.Put(w)
	return out
}

// replaced collects a replacer's output. A replacer that finds nothing
// writes its source whole in one write: that is kept as the source,
// uncopied (whole), until anything else is written.
type replaced struct {
	src    string
	buf    []byte
	whole  bool
	writes int
}

var replacedPool = sync.Pool{New: func() any { return new(replaced) }}

func (w *replaced) WriteString(p string) (int, error) {
	w.writes++
	if w.writes == 1 && p == w.src {
		w.whole = true
		return len(p), nil
	}
	if w.whole {
		w.buf, w.whole = append(w.buf, w.src...), false
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

func (w *replaced) Write(p []byte) (int, error) {
	w.writes++
	if w.whole {
		w.buf, w.whole = append(w.buf, w.src...), false
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}
