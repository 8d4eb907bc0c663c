package words

import (
	"slices"
)

// CountFunc counts the xs that f holds for.
func CountFunc[T any](xs []T, f func(T) bool) int {
	n := 0
	for _, x := range xs {
		if f(x) {
			n++
		}
	}
	return n
}

// Newest is at most n (all, for n < 0) of the xs keep holds for, from the
// end of xs (the newest, in the store's oldest-first order) backwards.
func Newest[T any](xs []T, n int, keep func(T) bool) []T {
	var out []T
	for _, x := range slices.Backward(xs) {
		if len(out) == n {
			break
		}
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
