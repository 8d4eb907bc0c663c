package understand

import "strings"

// lexicon is a word list that is quick to look for in a short text. Each
// word keeps the set of its runes (runesOf), and a word with a rune the text
// lacks cannot occur in it: most words of a lexicon are passed over without
// a search. The answers are exactly those of searching for every word.
type lexicon struct {
	words []string
	runes []runeSet // runes[i] is runesOf(words[i])
}

func newLexicon(words ...string) lexicon {
	l := lexicon{words: words, runes: make([]runeSet, len(words))}
	for i, w := range words {
		l.runes[i] = runesOf(w)
	}
	return l
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
	for i, w := range l.words {
		if set.mayHold(l.runes[i]) && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// countAny counts the distinct words of a lexicon that occur in s, a
// word that is part of another one found ("沟" of "水沟", "电线" of "电线
// 杆") not counted again.
func countAny(s string, l lexicon) int {
	set := runesOf(s)
	var found []string
	for i, w := range l.words {
		if set.mayHold(l.runes[i]) && strings.Contains(s, w) {
			found = append(found, w)
		}
	}
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
