package understand

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveCount is countAny searching for every word in turn, in order.
func naiveCount(s string, words []string) int {
	var found []string
	for _, w := range words {
		if strings.Contains(s, w) {
			found = append(found, w)
		}
	}
	return distinct(found)
}

// FuzzLexicon checks that the lexicon's index finds what searching for every
// word finds: the words mayOccur yields include every word that occurs, and
// containsAny and countAny answer as the plain searches do. words is a list
// of words separated by "|".
func FuzzLexicon(f *testing.F) {
	for _, s := range [][2]string{
		{"快来人 老王家着火了！！", "着火|起火|火|快来人|来人啊"},
		{"路边的井盖不见了 晚上容易掉进去", "井盖|井盖不见|路边|路|不见了|掉进"},
		{"水沟 电线杆", "沟|水沟|电线|电线杆|杆"},
		{"", "a|b|"},
		{"abc", ""},
		{"\xff\xfe着火", "\xff|着|\xfe着"},
		{"zhao huo le 火火", "zhao huo|huo|火火|火"},
		{strings.Repeat("很长的一段话，", 100) + "着火", "着火|一段|段话"},
		{"AaBb１２", "a|A|１|2"},
	} {
		f.Add(s[0], s[1])
	}
	for _, l := range []lexicon{alarms[0].words, states, requests, claimCues} {
		f.Add("村口路灯坏了 麻烦来修一下 着火了 申请积分", strings.Join(l.words, "|"))
	}
	f.Fuzz(func(t *testing.T, s, list string) {
		// Lexicons hold words, never empty ones; the text is read as the
		// runes it decodes to, invalid bytes and all.
		words := slices.DeleteFunc(strings.Split(list, "|"), func(w string) bool { return w == "" || !utf8.ValidString(w) })
		if len(words) > 1000 {
			words = words[:1000]
		}
		l := newLexicon(words...)
		var yielded []int
		x := sketchOf(s)
		for i := range l.mayOccur(&x) {
			yielded = append(yielded, i)
		}
		for i, w := range words {
			if strings.Contains(s, w) && !slices.Contains(yielded, i) {
				t.Fatalf("%q occurs in %q but was passed over", w, s)
			}
		}
		want := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
		if got := containsAny(s, l); got != want {
			t.Fatalf("containsAny(%q, %q) = %v, want %v", s, words, got, want)
		}
		if got, want := countAny(s, l), naiveCount(s, words); got != want {
			t.Fatalf("countAny(%q, %q) = %d, want %d", s, words, got, want)
		}
	})
}
