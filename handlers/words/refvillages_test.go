package words

import (
	"slices"
	"strings"
	"testing"

	"gridbot/village"
)

// TestRefVillagesDropped: villages naming numbers are no part of a note.
func TestRefVillagesDropped(t *testing.T) {
	vs := []string{"青山村", "石桥村"}
	for in, want := range map[string]string{
		"石桥村 #R1 交通站已修好":         "#R1 交通站已修好",
		"青山村 #R2 石桥村 #R1 已联系水利站": "#R2 #R1 已联系水利站",
		"#R1 石桥村的人来修了":           "#R1 石桥村的人来修了",
		"石桥村R1 青山村来人看了":          "R1 青山村来人看了",
		"石桥村":                    "石桥村",
	} {
		if got := RefVillagesDropped(in, vs); got != want {
			t.Errorf("RefVillagesDropped(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzRefVillagesDropped: only villages (and the spaces after them) are
// dropped, and the numbers stay.
func FuzzRefVillagesDropped(f *testing.F) {
	for _, s := range []string{"石桥村 #R1 好了", "青山村 #R2 石桥村 #R1 已联系", "石桥村石桥村 R1", "青山村＃R1", "石桥村  r9"} {
		f.Add(s)
	}
	vs := []string{"青山村", "石桥村"}
	f.Fuzz(func(t *testing.T, s string) {
		got := RefVillagesDropped(s, vs)
		bare := func(s string) string {
			return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, vs[0], ""), vs[1], ""), " ", "")
		}
		if bare(s) != bare(got) {
			t.Fatalf("RefVillagesDropped(%q) = %q: more than villages dropped", s, got)
		}
		if refs := village.FindRefs(s); !slices.Equal(refs, village.FindRefs(got)) {
			t.Fatalf("RefVillagesDropped(%q) = %q: numbers changed", s, got)
		}
	})
}
