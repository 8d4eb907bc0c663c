package understand

import (
	"iter"
	mbits "math/bits" // bits is a lexicon
	"strconv"
	"strings"
	"unicode/utf8"
)

// lexicon is a word list that is quick to look for in a short text. Each
// word keeps the set of its runes (runesOf) and the bit of its first two
// runes (pairBit): a word with a rune the text lacks, or whose first two
// runes never follow each other in it, cannot occur in it (see sketch). The
// words are also grouped by the bit of their first rune (see mayOccur), so
// that a search visits only the groups whose bit the text has, not every
// word: most words of a lexicon are passed over without so much as a look,
// and few are searched for in vain. The answers are exactly those of
// searching for every word.
type lexicon struct {
	words []string
	*index
}

// index groups a lexicon's words by the bit their first rune sets in a
// runeSet. Built once, with the lexicon, and never changed.
type index struct {
	runes []runeSet // runes[i] is runesOf(words[i])
	// pairs[i] is pairBit of the first two runes of words[i]; noPair for
	// a word of one rune.
	pairs []uint16
	// first holds the bit of every word's first rune.
	first runeSet
	// byFirst lists the words' indices grouped by that bit, in the order of
	// words within a group; the words whose first rune sets bit b are
	// byFirst[start[b]:start[b+1]].
	byFirst []int32
	start   [65]int32
}

// newLexicon indexes words, which must be non-empty and valid UTF-8: an
// empty word has no first rune to be found by, and the bytes of an invalid
// one might occur in a text without its runes.
func newLexicon(words ...string) lexicon {
	x := &index{runes: make([]runeSet, len(words)), pairs: make([]uint16, len(words)), byFirst: make([]int32, 0, len(words))}
	var bin [64][]int32
	for i, w := range words {
		if w == "" || !utf8.ValidString(w) {
			panic("understand: empty or invalid word in a lexicon: " + strconv.Quote(w))
		}
		x.runes[i] = runesOf(w)
		r, size := utf8.DecodeRuneInString(w)
		x.pairs[i] = noPair
		if next, n := utf8.DecodeRuneInString(w[size:]); n > 0 {
			x.pairs[i] = pairBit(r, next)
		}
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
// with sketch x. The words come grouped by their first rune, not in the
// order of l.words: callers must not care which of them comes first.
func (l lexicon) mayOccur(x *sketch) iter.Seq[int] {
	return func(yield func(int) bool) {
		if l.index == nil {
			return
		}
		for bins := l.first & x.runes; bins != 0; bins &= bins - 1 {
			b := mbits.TrailingZeros64(uint64(bins))
			for _, i := range l.byFirst[l.start[b]:l.start[b+1]] {
				if x.runes.mayHold(l.runes[i]) && x.hasPair(l.pairs[i]) && !yield(int(i)) {
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

// sketch is what a text's words can be told by without a search: the set
// of its runes and the set of pairBits of the runes that follow each other
// in it. Like runeSet, it may hold what the text lacks, never lack what it
// holds.
type sketch struct {
	runes runeSet
	pairs [4]uint64 // bit pairBit(a, b) is set when b follows a
}

// noPair is the pairBit of a word of one rune: every sketch holds it.
const noPair = 256

// pairBit is the bit, of 256, of rune b following rune a.
func pairBit(a, b rune) uint16 {
	return uint16((uint32(a)<<16 ^ uint32(b)) * 2654435761 >> 24)
}

// sketchOf is the sketch of s; for a text longer than filterLen, the one
// that holds every word.
func sketchOf(s string) sketch {
	if len(s) > filterLen {
		all := ^uint64(0)
		return sketch{runes: ^runeSet(0), pairs: [4]uint64{all, all, all, all}}
	}
	var x sketch
	prev := rune(-1)
	for _, r := range s {
		x.runes |= 1 << (uint32(r) % 64)
		if prev >= 0 {
			p := pairBit(prev, r)
			x.pairs[p/64] |= 1 << (p % 64)
		}
		prev = r
	}
	return x
}

// hasPair reports whether x may hold the pair of pairBit p.
func (x *sketch) hasPair(p uint16) bool {
	return p == noPair || x.pairs[p/64]&(1<<(p%64)) != 0
}

func containsAny(s string, l lexicon) bool {
	x := sketchOf(s)
	return containsAnyIn(s, &x, l)
}

// containsAnyIn is containsAny for a text whose sketch, x, is known.
func containsAnyIn(s string, x *sketch, l lexicon) bool {
	for i := range l.mayOccur(x) {
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
	x := sketchOf(s)
	return countAnyIn(s, &x, l)
}

// countAnyIn is countAny for a text whose sketch, x, is known.
func countAnyIn(s string, x *sketch, l lexicon) int {
	var found []string
	for i := range l.mayOccur(x) {
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
