package storagetest

import "testing"

// Must takes a call's value and error, as in storagetest.Must(f())(t):
// the test fails at once on the error, else it gets the value. It is the
// "v, err := f(); if err != nil { t.Fatal(err) }" every test of a store
// call would write again. (The test comes last because Go passes f()'s
// results on only as the whole argument list.)
func Must[T any](v T, err error) func(testing.TB) T {
	return func(tb testing.TB) T {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		return v
	}
}

// Strings lists f(x) for each of xs, in order (nil for none): the IDs
// of what a read returned, say, to compare with the ones wanted.
func Strings[T any](xs []T, f func(T) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
