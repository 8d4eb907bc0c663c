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

// TestWitnesses: a bystander's word of what he saw; a party's, a danger
// about to come down or a threat is none.
func TestWitnesses(t *testing.T) {
	for text, want := range map[string]bool{
		"陈二家那墙是歪了 俺前天路过看见的": true,
		"我可以作证 那墙原来不在那":     true,
		"俺家的墙我亲眼看着他推的":      false,
		"谁看见是我家鸡刨的":         false,
		"那墙快倒了 我看见的":        false,
		"陈二家那墙是歪了":          false,
	} {
		if got := understand.Witnesses(understand.Hear(text)); got != want {
			t.Errorf("Witnesses(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzWitnesses: any text is read without a panic; a witness names no
// home of the speaker's and stays one with a 。 after it.
func FuzzWitnesses(f *testing.F) {
	for _, s := range []string{"陈二家那墙是歪了 俺前天路过看见的", "俺家的看见的", "看见的", "", "快倒 看见的"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := understand.Witnesses(understand.Hear(s))
		if got && (strings.Contains(s, "俺家") || strings.Contains(s, "我家")) {
			t.Errorf("Witnesses(%q) with the speaker's home", s)
		}
		if got && !understand.Witnesses(understand.Hear(s+"。")) {
			t.Errorf("Witnesses(%q) lost with a 。 after", s)
		}
	})
}
