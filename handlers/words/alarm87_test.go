package words

import (
	"testing"
	"unicode/utf8"
)

// TestSearches: a cadre's words of leading a search now, with no 收到,
// take a missing alarm on; one put off, called off or asked is none
// (alarm87).
func TestSearches(t *testing.T) {
	for text, want := range map[string]bool{
		"我去后山找 李四你带人去河边": true,
		"大家分头找 我去水库那边":   true,
		"我们去村口找找":        true,
		"你们几个去河边 我去后山":   true,
		"明天再去找":          false,
		"不用找了 人回来了":      false,
		"我去不了 在外地":       false,
		"要不要去后山找找？":      false,
		"我去镇里开会":         false,
		"人找到了":           false,
	} {
		if got := Searches(text); got != want {
			t.Errorf("Searches(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzSearches: any text is read without panic; a long one is none.
func FuzzSearches(f *testing.F) {
	for _, s := range []string{"我去后山找 李四你带人去河边", "分头找", "你去", "我去找", "不用找了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if Searches(text) && utf8.RuneCountInString(text) > 40 {
			t.Errorf("Searches(%q) true for a long text", text)
		}
	})
}
