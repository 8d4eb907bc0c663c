package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEveryAllowedActionHasAWord: the "现在可以：…" hint names every step
// allowed in every status by its command word, never an empty 「」.
func TestEveryAllowedActionHasAWord(t *testing.T) {
	for _, s := range []village.Status{
		village.StatusNew, village.StatusAccepted, village.StatusInProgress, village.StatusWaiting,
		village.StatusReopened, village.StatusEscalated, village.StatusResolved, village.StatusClosed,
		village.StatusRejected, village.StatusDuplicate,
	} {
		for _, a := range village.Allowed(s) {
			if VerbOf(a) == "" {
				t.Errorf("status %s allows %s, which has no command word", s, a)
			}
		}
	}
}

// TestListPieces: a message is cut at each 还有 (or another alsoWords),
// and before the first of them at each pause; after it, a matter told at
// length stays whole.
func TestListPieces(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"three", "路灯坏了，垃圾没人收，还有水管漏水", []string{"路灯坏了", "垃圾没人收", "水管漏水"}},
		{"spaces", "路灯坏了 垃圾没人收 还有 水管漏水", []string{"路灯坏了", "垃圾没人收", "水管漏水"}},
		{"two words", "路灯坏了 还有垃圾没人收 另外水管漏水，流得到处都是", []string{"路灯坏了", "垃圾没人收", "水管漏水，流得到处都是"}},
		{"no also word", "路灯坏了，垃圾没人收", nil},
		{"ends with one", "路灯坏了，还有", []string{"路灯坏了"}},
		{"words within words", "顺便说下 另外路灯坏了", []string{"路灯坏了"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range ListPieces(tc.text) {
				got = append(got, tc.text[p[0]:p[1]])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("listPieces(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// FuzzListPieces: the pieces are spans of the text, in order, apart, and
// never begin or end with a pause.
func FuzzListPieces(f *testing.F) {
	for _, s := range []string{"路灯坏了，垃圾没人收，还有水管漏水", "还有还有", "，还有，", "另外 还有 顺便说下", "\xff还有\xfe，"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, p := range ListPieces(text) {
			if p[0] < last || p[1] <= p[0] || p[1] > len(text) {
				t.Fatalf("listPieces(%q): span %v after %d", text, p, last)
			}
			s := text[p[0]:p[1]]
			if utf8.ValidString(text) && (strings.TrimLeft(s, ClauseCuts) != s || strings.TrimRight(s, ClauseCuts) != s) {
				t.Fatalf("listPieces(%q): piece %q has pauses at an end", text, s)
			}
			last = p[1]
		}
	})
}
