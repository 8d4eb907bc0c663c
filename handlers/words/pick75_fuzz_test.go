package words

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"gridbot/internal/fuzzseed"
)

// FuzzPickNumbers: the numbers read of a message of several (which75) are
// two or more, each once, of one or two digits, each written in it or
// within a range it writes, and only of a message that holds no letter
// or Han character but the separators; none panics on any input.
func FuzzPickNumbers(f *testing.F) {
	for _, s := range []string{"1 3", "1-3", "3和5", "1、3、5", "123", "1 23", "2 1", "13", "1到3", "1-", "3-1", "1 1", "１ ３",
		"好的 1", "1 3 我下午去", "1-12", "10 11", "1，2。", "0 1", "1 01", "\xff1 2", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		nums := PickNumbers(s)
		if nums == nil {
			return
		}
		if len(nums) < 2 {
			t.Fatalf("PickNumbers(%q) = %v: fewer than two", s, nums)
		}
		rest := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || strings.ContainsRune("0123456789０１２３４５６７８９-－—~～、，,。.！!到至和跟及与", r) {
				return -1
			}
			return r
		}, s)
		if rest != "" {
			t.Fatalf("PickNumbers(%q) = %v: read of other words %q", s, nums, rest)
		}
		for i, n := range nums {
			if n < 1 || n > 99 || slices.Contains(nums[:i], n) {
				t.Fatalf("PickNumbers(%q) = %v: %d", s, nums, n)
			}
			if !strings.Contains(s, strconv.Itoa(n)) && !strings.ContainsAny(s, "-－—~～到至") && !strings.ContainsAny(s, "０１２３４５６７８９") {
				t.Fatalf("PickNumbers(%q) = %v: %d not written", s, nums, n)
			}
		}
	})
}
