package understand_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestRefusesMeeting: a clause that ends in 「我不去」 refuses, whatever
// reason follows; going somewhere else, asking or a joke does not.
func TestRefusesMeeting(t *testing.T) {
	for text, want := range map[string]bool{
		"我不去 凭什么":            true,
		"我不去 凭什么 墙是俺自己家地上砌的": true,
		"不去了":           true,
		"俺不去了啊 爱咋咋地":    true,
		"调解我不去，他家的事我不管": true,
		"我不去镇上了 明天再说":   false,
		"我不去吗":          false,
		"我不去？":          false,
		"我不去 哈哈":        false,
		"去不了 没空":        false,
	} {
		if got := understand.RefusesMeeting(understand.Hear(text)); got != want {
			t.Errorf("RefusesMeeting(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzRefusesMeeting: any text is read without a panic; a refusal holds
// a refusal word, is asked nothing and stays one with a 。 after it.
func FuzzRefusesMeeting(f *testing.F) {
	for _, s := range []string{"我不去 凭什么 墙是俺自己家地上砌的", "不去了啊", "我不去镇上了", "我不去吗", "", "了", "去"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		said := understand.Hear(s)
		got := understand.RefusesMeeting(said)
		if got && (!strings.Contains(said.Canon, "不") || strings.ContainsAny(s, "?？吗")) {
			t.Errorf("RefusesMeeting(%q) with no refusal, or asked", s)
		}
		if got && !understand.RefusesMeeting(understand.Hear(s+"。")) {
			t.Errorf("RefusesMeeting(%q) lost with a 。 after", s)
		}
	})
}
