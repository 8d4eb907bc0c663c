package village

import (
	"slices"
	"strings"
	"testing"
)

// TestVillagesOf: a number written after two villages' names is an item
// of each (town79); VillageOf is its only one.
func TestVillagesOf(t *testing.T) {
	vs := []string{"青山村", "石桥村"}
	for _, c := range []struct {
		text string
		ref  Ref
		want []string
	}{
		{"确认 青山村 #R1 石桥村 #R1", Ref{'R', 1}, []string{"青山村", "石桥村"}},
		{"进展 石桥村 #R2 青山村 #R2 已联系", Ref{'R', 2}, []string{"石桥村", "青山村"}},
		{"确认 青山村 #R1 青山村 #R1", Ref{'R', 1}, []string{"青山村"}},
		{"确认 青山村 #R1 #R1", Ref{'R', 1}, []string{"青山村"}},
		{"确认 青山村 #R1 石桥村 #R2", Ref{'R', 2}, []string{"石桥村"}},
		{"确认 #R1", Ref{'R', 1}, nil},
		{"青山村石桥村 #R1", Ref{'R', 1}, nil},
	} {
		if got := VillagesOf(c.text, c.ref, vs); !slices.Equal(got, c.want) {
			t.Errorf("VillagesOf(%q, %v) = %q, want %q", c.text, c.ref, got, c.want)
		}
	}
}

// FuzzVillagesOf: each village found is one of the villages, once, written
// in the text; VillageOf is the one when there is one.
func FuzzVillagesOf(f *testing.F) {
	for _, s := range []string{"确认 青山村 #R1 石桥村 #R1", "石桥村 R1 青山村R1", "#R1 青山村", "青山村＃R1石桥村#R1"} {
		f.Add(s, 1)
	}
	vs := []string{"青山村", "石桥村"}
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := VillagesOf(s, Ref{'R', n}, vs)
		for i, v := range got {
			if !slices.Contains(vs, v) || !strings.Contains(s, v) || slices.Contains(got[:i], v) {
				t.Fatalf("VillagesOf(%q, R%d) = %q", s, n, got)
			}
		}
		if one := VillageOf(s, Ref{'R', n}, vs); (len(got) == 1) != (one != "") || one != "" && one != got[0] {
			t.Fatalf("VillageOf(%q) = %q, VillagesOf %q", s, one, got)
		}
	})
}
