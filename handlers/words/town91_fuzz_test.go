package words

import (
	"strings"
	"testing"
)

// FuzzNoteAfterRefs: the note kept after numbers is the end of what was
// written (nothing added or reordered), loses a joiner only after several
// numbers, and is never emptied by it.
func FuzzNoteAfterRefs(f *testing.F) {
	for _, s := range []string{"都联系了水利站", "，都联系了水利站", "均已处理", "也都修好了", "都", "都。", "全村停电了", "都同意了", " 都 联系了"} {
		f.Add(s, 2)
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, refs int) {
		got := NoteAfterRefs(s, refs)
		if !strings.HasSuffix(s, got) {
			t.Fatalf("NoteAfterRefs(%q, %d) = %q, not the end of it", s, refs, got)
		}
		bare := strings.TrimLeft(s, noteMarks)
		if refs < 2 && got != bare {
			t.Fatalf("NoteAfterRefs(%q, %d) = %q, want %q after one number", s, refs, got, bare)
		}
		if bare != "" && got == "" {
			t.Fatalf("NoteAfterRefs(%q, %d) emptied it", s, refs)
		}
	})
}
