package words

import "testing"

func TestStandInMe(t *testing.T) {
	for text, want := range map[string]bool{
		"王五请假到15号 电话我来打": true,
		"王五这周不在 我替他打":    true,
		"电话由我打":          true,
		"王五请假 交给我":       true,
		"王五请假 我来代打":      true,
		"王五请假 不用我打":      false,
		"王五请假 电话我来打吗":    false,
		"王五请假到15号":       false,
		"我来了":            false,
		"王五请假 让李四打":      false,
	} {
		if got := StandInMe(text); got != want {
			t.Errorf("StandInMe(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzStandInMe(f *testing.F) {
	for _, s := range []string{"电话我来打", "由我打", "不用我打", "我", "我来打吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if StandInMe(text) && !StandInNamed(text, "我") && !containsRune(text, '我') {
			t.Fatalf("StandInMe(%q) without 我", text)
		}
	})
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
