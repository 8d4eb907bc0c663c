package words

import (
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
)

// TestNamesNoOne: an alarm of only what befell and a cry names no one;
// anyone, a person, kin or a place named make it tell (alarm79).
func TestNamesNoOne(t *testing.T) {
	for text, want := range map[string]bool{
		"低血糖晕倒了 快来人":  true,
		"晕倒了 快来人啊":    true,
		"救命 心脏病犯了":    true,
		"有人晕倒了":       false,
		"我爸晕倒了":       false,
		"老王摔倒了 起不来":   false,
		"村口晕倒了一个":     false,
		"老张家的 他爸晕倒了":  false,
		"快来人 孩子掉水里了":  false,
		"刘奶奶低血糖晕倒了":   false,
		"晕倒了 在小卖部门口":  false,
		"老太太晕倒了 快来人啊": false,
	} {
		if got := NamesNoOne(text); got != want {
			t.Errorf("NamesNoOne(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzNamesNoOne: an alarm naming no one has no home and no person word
// left once its cries are taken out, whatever the bytes.
func FuzzNamesNoOne(f *testing.F) {
	for _, s := range []string{"低血糖晕倒了 快来人", "有人晕倒了", "快来人快来人", "来人家", "\xff晕倒了\xfe", "", "救命人"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if NamesNoOne(s) && (strings.Contains(callsOut.Replace(s), "家") || strings.Contains(callsOut.Replace(s), "他")) {
			t.Fatalf("NamesNoOne(%q) names someone", s)
		}
	})
}
