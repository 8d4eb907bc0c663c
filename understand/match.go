package understand

import (
	"iter"
	mbits "math/bits" // bits is a lexicon
	"strings"
	"unicode/utf8"
)

// lexicon is a word list that is quick to look for in a short text. Each
// word keeps the set of its runes (runesOf), and a word with a rune the text
// lacks cannot occur in it. The words are also grouped by the bit of their
// first rune (see mayOccur), so that a search visits only the groups whose
// bit the text has, not every word: most words of a lexicon are passed over
// without so much as a look. The answers are exactly those of searching for
// every word.
type lexicon struct {
	words []string
	*index
}

// index groups a lexicon's words by the bit their first rune sets in a
// runeSet. Built once, with the lexicon, and never changed.
type index struct {
	runes []runeSet // runes[i] is runesOf(words[i])
	// first holds the bit of every word's first rune.
	first runeSet
	// byFirst lists the words' indices grouped by that bit, in the order of
	// words within a group; the words whose first rune sets bit b are
	// byFirst[start[b]:start[b+1]].
	byFirst []int32
	start   [65]int32
}

// newLexicon indexes words, which must be non-empty: an empty word has no
// first rune to be found by.
func newLexicon(words ...string) lexicon {
	x := &index{runes: make([]runeSet, len(words)), byFirst: make([]int32, 0, len(words))}
	var bin [64][]int32
	for i, w := range words {
		if w == "" {
			panic("understand: empty word in a lexicon")
		}
		x.runes[i] = runesOf(w)
		r, _ := utf8.DecodeRuneInString(w)
		b := uint32(r) % 64
		x.first |= 1 << b
		bin[b] = append(bin[b], int32(i))
	}
	for b := range bin {
		x.start[b] = int32(len(x.byFirst))
		x.byFirst = append(x.byFirst, bin[b]...)
	}
	x.start[64] = int32(len(x.byFirst))
	return lexicon{words: words, index: x}
}

// mayOccur yields the index of every word of l that may occur in a text
// with the runes of set. The words come grouped by their first rune, not in
// the order of l.words: callers must not care which of them comes first.
func (l lexicon) mayOccur(set runeSet) iter.Seq[int] {
	return func(yield func(int) bool) {
		if l.index == nil {
			return
		}
		for bins := l.first & set; bins != 0; bins &= bins - 1 {
			b := mbits.TrailingZeros64(uint64(bins))
			for _, i := range l.byFirst[l.start[b]:l.start[b+1]] {
				if set.mayHold(l.runes[i]) && !yield(int(i)) {
					return
				}
			}
		}
	}
}

// runeSet is a set of runes folded into 64 bits (rune r sets bit r mod 64):
// it may hold runes it was not given, never lack one it was.
type runeSet uint64

// filterLen is the longest text whose runes are collected: in a longer one
// nearly every bit would be set, and collecting them would cost more than
// the searches it saves.
const filterLen = 512

// runesOf is the set of the runes of s; for a text longer than filterLen,
// the set that holds every rune.
func runesOf(s string) runeSet {
	if len(s) > filterLen {
		return ^runeSet(0)
	}
	var set runeSet
	for _, r := range s {
		set |= 1 << (uint32(r) % 64)
	}
	return set
}

// mayHold reports whether a text with the runes of set may hold a word
// with the runes of word: it surely does not when word has a rune set lacks.
func (set runeSet) mayHold(word runeSet) bool { return word&^set == 0 }

func containsAny(s string, l lexicon) bool { return containsAnyIn(s, runesOf(s), l) }

// containsAnyIn is containsAny for a text whose runes, set, are known.
func containsAnyIn(s string, set runeSet, l lexicon) bool {
	for i := range l.mayOccur(set) {
		if strings.Contains(s, l.words[i]) {
			return true
		}
	}
	return false
}

// countAny counts the distinct words of a lexicon that occur in s, a
// word that is part of another one found ("沟" of "水沟", "电线" of "电线
// 杆") not counted again.
func countAny(s string, l lexicon) int {
	var found []string
	for i := range l.mayOccur(runesOf(s)) {
		if strings.Contains(s, l.words[i]) {
			found = append(found, l.words[i])
		}
	}
	return distinct(found)
}

// distinct counts the words of found that are no part of a longer one of
// them.
func distinct(found []string) int {
	n := 0
	for i, w := range found {
		n++
		for j, longer := range found {
			if j != i && len(longer) > len(w) && strings.Contains(longer, w) {
				n--
				break
			}
		}
	}
	return n
}

// eachAt calls f with the byte offset of every occurrence of w in t, in
// order, until f returns true; it reports whether f did.
func eachAt(t, w string, f func(at int) bool) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if f(at) {
			return true
		}
		i = at + len(w)
	}
}
