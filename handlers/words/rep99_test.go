package words_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/handlers/words"
)

// TestMyMatter: "my matter" said as such, no part of it named (rep99).
func TestMyMatter(t *testing.T) {
	for text, want := range map[string]bool{
		"我那件怎么还没人管":    true,
		"俺那桩事咋还没人管":    true,
		"我的事到底有人管没有":   true,
		"我家那个事情啥时候有人管": true,
		"村口路灯怎么还没人管":   false,
		"我去看看":         false,
	} {
		if got := words.MyMatter(text); got != want {
			t.Errorf("MyMatter(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzBlankEvery: the text keeps its runes where no word covers them, and
// blanks the rest one space a rune.
func FuzzBlankEvery(f *testing.F) {
	for _, s := range []string{"我那件怎么还没人管", "村口的路灯坏了好几天了", "", "没人管没人管", "\xff没人"} {
		f.Add(s, "没人管")
	}
	f.Fuzz(func(t *testing.T, text, word string) {
		got := words.BlankEvery(text, []string{word, "怎么还没"})
		if utf8.ValidString(text) && utf8.RuneCountInString(got) != utf8.RuneCountInString(text) {
			t.Fatalf("BlankEvery(%q, %q) = %q: rune count changed", text, word, got)
		}
		if word != "" && utf8.ValidString(word) && strings.TrimSpace(word) != "" && strings.Contains(got, word) && !strings.Contains(word, " ") {
			t.Fatalf("BlankEvery(%q, %q) = %q: word left", text, word, got)
		}
	})
}
