package village

import (
	"slices"
	"strings"
	"testing"
)

func TestIndices(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want []int
	}{
		{"年前年前", "年前", []int{0, 6}},
		{"aaa", "aa", []int{0}},
		{"没有", "有没", nil},
		{"abc", "", nil},
	} {
		if got := slices.Collect(Indices(c.s, c.w)); !slices.Equal(got, c.want) {
			t.Errorf("Indices(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

// FuzzIndices: every offset yielded holds w, and as many are yielded as
// strings.Count finds.
func FuzzIndices(f *testing.F) {
	f.Add("屋里有烟 屋里", "屋里")
	f.Fuzz(func(t *testing.T, s, w string) {
		n := 0
		for i := range Indices(s, w) {
			if !strings.HasPrefix(s[i:], w) {
				t.Fatalf("Indices(%q, %q) yielded %d", s, w, i)
			}
			n++
		}
		if w != "" && n != strings.Count(s, w) {
			t.Fatalf("Indices(%q, %q) yielded %d, Count says %d", s, w, n, strings.Count(s, w))
		}
	})
}
