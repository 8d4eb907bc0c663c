// Package near tells which of some known words a word typed is most
// likely a slip for: a config key, a command, a roster's role.
package near

import "slices"

// Distance is the edit distance between a and b, in characters, with
// two swapped counting as one slip (fromat for format), as typing makes
// them.
func Distance(sa, sb string) int {
	a, b := []rune(sa), []rune(sb)
	rows := make([][]int, len(a)+1)
	for i := range rows {
		rows[i] = make([]int, len(b)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			rows[i][j] = min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				rows[i][j] = min(rows[i][j], rows[i-2][j-2]+1)
			}
		}
	}
	return rows[len(a)][len(b)]
}

// Closest are the names word is a slip for: those nearest it, at most
// a third of the name's characters off (at least one): 网格圆 for 网格员,
// 超市管理 for 超市管理员. Several tie (网格 for 网格员 and 网格长): each,
// in names' order. None that close, or word is one of names: nil.
func Closest(word string, names []string) []string {
	best, out := 0, []string(nil)
	if slices.Contains(names, word) {
		return nil
	}
	for _, name := range names {
		d := Distance(word, name)
		if d == 0 || d > max(1, len([]rune(name))/3) {
			continue
		}
		switch {
		case out == nil || d < best:
			best, out = d, []string{name}
		case d == best:
			out = append(out, name)
		}
	}
	return out
}
