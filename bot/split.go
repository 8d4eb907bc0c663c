package bot

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// Split cuts text into parts of at most max runes, on line breaks. It sends
// as few parts as the lines allow; among those, the ones cut on blank lines
// where they can be (the summaries the dispatcher joins for one chat, see
// coalesce, and a report's sections are then read whole, not begun in one
// message and ended in the next); and among those the most even ones, so
// that a last line is not left alone in a message of its own when it could
// go with the lines before it. Only a line longer than max is cut inside;
// newlines at a cut are dropped, never sent as an empty message.
func Split(text string, max int) []string {
	if max <= 0 || utf8.RuneCountInString(text) <= max {
		return []string{text}
	}
	units := splitUnits(text, max)
	// best[i] is the best way to send units[i:]: the fewest parts, then the
	// fewest cuts inside a paragraph, then the smallest sum of squared part
	// lengths (the most even parts).
	type plan struct {
		inside, parts, squares int
		next                   int // the part units[i:next]
	}
	// inside is whether a cut before units[j] falls inside a paragraph.
	inside := func(j int) int {
		if j == len(units) || units[j].onlyNewlines || units[j-1].onlyNewlines {
			return 0
		}
		return 1
	}
	best := make([]plan, len(units)+1)
	for i := len(units) - 1; i >= 0; i-- {
		best[i] = plan{parts: -1}
		var g group
		for j := i; j < len(units); j++ {
			g.add(units[j])
			n := g.len()
			if n > max {
				break // a group only grows longer
			}
			cand := plan{inside: best[j+1].inside + inside(j+1), parts: best[j+1].parts, squares: best[j+1].squares + n*n, next: j + 1}
			if n > 0 {
				cand.parts++
			}
			// Ties go to the shorter first part: a later part is never
			// the shorter one for nothing.
			if best[i].parts < 0 || cmp.Or(cmp.Compare(cand.parts, best[i].parts), cmp.Compare(cand.inside, best[i].inside),
				cmp.Compare(cand.squares, best[i].squares)) < 0 {
				best[i] = cand
			}
		}
	}
	var parts []string
	for i := 0; i < len(units); i = best[i].next {
		var b strings.Builder
		for _, u := range units[i:best[i].next] {
			b.WriteString(u.text)
		}
		if p := strings.Trim(b.String(), "\n"); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// unit is a piece of text Split never cuts: a line with its newline, or a
// piece of a line longer than max.
type unit struct {
	text         string
	runes        int
	lead, trail  int // newlines it starts and ends with
	onlyNewlines bool
}

func newUnit(s string) unit {
	u := unit{text: s, runes: utf8.RuneCountInString(s)}
	u.lead = len(s) - len(strings.TrimLeft(s, "\n"))
	u.trail = len(s) - len(strings.TrimRight(s, "\n"))
	u.onlyNewlines = u.lead == len(s)
	return u
}

// splitUnits cuts text into lines, and a line whose words are longer than
// max into pieces of at most max runes (see longCut); the last piece keeps
// the newline.
func splitUnits(text string, max int) []unit {
	var units []unit
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		words, nl := strings.CutSuffix(line, "\n")
		for utf8.RuneCountInString(words) > max {
			rs := []rune(words)
			n := longCut(rs, max)
			units = append(units, newUnit(string(rs[:n])))
			words = string(rs[n:])
		}
		if nl {
			words += "\n"
		}
		units = append(units, newUnit(words))
	}
	return units
}

// group measures consecutive units as the part they make: without the
// newlines at its ends.
type group struct {
	runes, lead, trail int
	started            bool // holds more than newlines
}

func (g *group) add(u unit) {
	g.runes += u.runes
	if u.onlyNewlines {
		if !g.started {
			g.lead += u.runes
		} else {
			g.trail += u.runes
		}
		return
	}
	if !g.started {
		g.lead += u.lead
		g.started = true
	}
	g.trail = u.trail
}

func (g *group) len() int {
	if !g.started {
		return 0
	}
	return g.runes - g.lead - g.trail
}

// longCut is where a line rs longer than max is cut: after the last end of
// a sentence (。！？；) in its last third before max, else after the last
// comma or pause there, else between two runes that are not both of one
// number or word (a phone number, 0123-5550106, a web address is never
// cut in two), else at max.
func longCut(rs []rune, max int) int {
	lo := max * 2 / 3
	for _, marks := range []string{"。！？；!?;…", "，、,：:）) 　"} {
		for i := max; i > lo; i-- {
			if strings.ContainsRune(marks, rs[i-1]) {
				return i
			}
		}
	}
	for i := max; i > lo; i-- {
		if !inWord(rs[i-1]) || !inWord(rs[i]) {
			return i
		}
	}
	return max
}

// inWord reports whether r belongs to a number or a Latin word, whose
// runes a cut must not part.
func inWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || strings.ContainsRune("-_.@/:#+", r))
}
