package understand

import (
	"strings"
	"testing"
)

// TestPaperAsked (appr103): a paper asked of with no name.
func TestPaperAsked(t *testing.T) {
	for text, want := range map[string]bool{
		"我儿子腊月二十回来 在外面打工的要开个啥证明不": true,
		"要开个啥证明不":  true,
		"需要打什么证明":  true,
		"得开哪些证明啊":  true,
		"务工证明咋开":   false, // named: the keyword finds it
		"村里开了证明没有": false,
		"证明什么啊":    false,
		"今天开会说啥了":  false,
	} {
		if got := PaperAsked(text); got != want {
			t.Errorf("PaperAsked(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzPaperAsked: PaperAsked never panics, and holds only of words that
// name a 证明.
func FuzzPaperAsked(f *testing.F) {
	for _, s := range []string{"要开个啥证明不", "开什么证明", "打哪个证明 急", "", "证明", "开个啥"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if PaperAsked(s) && !strings.Contains(Canon(s), "证明") {
			t.Errorf("PaperAsked(%q) with no 证明 in %q", s, Canon(s))
		}
	})
}
