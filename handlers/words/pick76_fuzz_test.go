package words

import (
	"strconv"
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
)

// FuzzPickNumber: a bare pick word (pick76) is 「全部」 of a message that
// is one of the all-words, or a number 3 to 99 of a message of its digits
// alone (with end marks); none panics on any input.
func FuzzPickNumber(f *testing.F) {
	for _, s := range []string{"3", "12", "１２", "99", "100", "05", "10。", "1", "2", "全部", "都", "都好", "全部吧", " 12 ", "1 2", "\xff", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		w, ok := PickNumber(s)
		if !ok {
			return
		}
		bare := strings.Trim(strings.TrimSpace(s), "。.！!")
		if w == AllPick {
			if !strings.ContainsAny(bare, "全都") || strings.ContainsAny(bare, "0123456789") {
				t.Fatalf("PickNumber(%q) = all", s)
			}
			return
		}
		n, err := strconv.Atoi(w)
		if err != nil || n < 3 || n > 99 {
			t.Fatalf("PickNumber(%q) = %q", s, w)
		}
		if ascii := strings.Map(func(r rune) rune {
			if r >= '０' && r <= '９' {
				return r - '０' + '0'
			}
			return r
		}, bare); ascii != w {
			t.Fatalf("PickNumber(%q) = %q: not its digits alone (%q)", s, w, ascii)
		}
	})
}
