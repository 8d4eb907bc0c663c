package village

import (
	"iter"
	"strings"
)

// Indices yields the byte offset of each occurrence of w in s, left to
// right, none overlapping: the loop of the readers that look at what
// stands before or after a word wherever it is said. An empty w yields
// nothing.
func Indices(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if w == "" {
			return
		}
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 || !yield(i+j) {
				return
			}
			i += j + len(w)
		}
	}
}
