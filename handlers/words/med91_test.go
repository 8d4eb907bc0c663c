package words

import (
	"strings"
	"testing"
)

// TestSplitAlsoPaused: 对了 joins a second matter only as a clause of its
// own; the joiner is left out of both parts.
func TestSplitAlsoPaused(t *testing.T) {
	for text, want := range map[string][2]string{
		"狗天天半夜叫 对了 路灯也坏了": {"狗天天半夜叫", "路灯也坏了"},
		"狗天天半夜叫，对了，路灯也坏了": {"狗天天半夜叫", "路灯也坏了"},
		"狗天天半夜叫 还有 路灯也坏了": {"狗天天半夜叫", "路灯也坏了"},
		"对了 路灯也坏了":        {"", "路灯也坏了"},
	} {
		head, tail, ok := SplitAlso(text)
		if !ok || head != want[0] || tail != want[1] {
			t.Errorf("SplitAlso(%q) = %q, %q, %v; want %q, %q", text, head, tail, ok, want[0], want[1])
		}
	}
	for _, text := range []string{"你说对了", "这样对了吗", "门关对了没"} {
		if _, _, ok := SplitAlso(text); ok {
			t.Errorf("SplitAlso(%q) split, want no joiner", text)
		}
	}
	if got := ListPieces("狗天天叫 对了 路灯坏了 还有桥断了"); len(got) != 3 {
		t.Errorf("ListPieces cut %v, want three pieces", got)
	}
}

// FuzzSplitAlso: any text splits without a panic; head and tail are parts
// of it, and neither begins with a joiner said alone.
func FuzzSplitAlso(f *testing.F) {
	for _, s := range []string{"狗天天半夜叫 对了 路灯也坏了", "对了", "说对了吗", "还有对了", " 对了 ", "\xff对了\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		head, tail, ok := SplitAlso(text)
		if !ok {
			return
		}
		if !strings.Contains(text, head) || !strings.Contains(text, tail) {
			t.Errorf("SplitAlso(%q) = %q, %q: not parts of it", text, head, tail)
		}
		ListPieces(text)
	})
}
