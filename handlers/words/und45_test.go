package words

import (
	"slices"
	"testing"
)

// TestAlsoEndTakesJiushi: a list's pieces and a split at a joiner leave
// out the 就是 (or a 就 before 想 or 问) said after it, and keep a word that
// begins with 就 (就业).
func TestAlsoEndTakesJiushi(t *testing.T) {
	for _, tc := range []struct {
		text, tail string
		pieces     []string
	}{
		{"路灯坏了，垃圾没人收，还有就是想问问高龄补贴咋领", "想问问高龄补贴咋领", []string{"路灯坏了", "垃圾没人收", "想问问高龄补贴咋领"}},
		{"路灯坏了 还有 就想问下低保咋办", "想问下低保咋办", []string{"路灯坏了", "想问下低保咋办"}},
		{"路灯坏了 另外就业补贴咋领", "就业补贴咋领", []string{"路灯坏了", "就业补贴咋领"}},
	} {
		if _, tail, _ := SplitAlso(tc.text); tail != tc.tail {
			t.Errorf("splitAlso(%q) tail = %q, want %q", tc.text, tail, tc.tail)
		}
		var got []string
		for _, p := range ListPieces(tc.text) {
			got = append(got, tc.text[p[0]:p[1]])
		}
		if !slices.Equal(got, tc.pieces) {
			t.Errorf("listPieces(%q) = %q, want %q", tc.text, got, tc.pieces)
		}
	}
}
