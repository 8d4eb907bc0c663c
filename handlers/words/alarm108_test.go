package words

import "testing"

// TestAsksWhoHurt: who was hurt asked, or guessed aloud; a guess of
// anything else is none (alarm108).
func TestAsksWhoHurt(t *testing.T) {
	for s, want := range map[string]bool{
		"是不是老刘家那个在外打工刚回来的儿子": true,
		"撞的是谁啊 知道不":          true,
		"谁家的老人":              true,
		"是不是该扫雪了":            false,
		"今天冷不冷":              false,
	} {
		if got := AsksWhoHurt(s); got != want {
			t.Errorf("AsksWhoHurt(%q) = %v, want %v", s, got, want)
		}
		if want && !AsksEmergency(s) {
			t.Errorf("AsksEmergency(%q) = false", s)
		}
	}
}

func FuzzAsksWhoHurt(f *testing.F) {
	for _, s := range []string{"是不是老刘家的儿子", "撞的是谁", "是不是", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AsksWhoHurt(s) && !AsksEmergency(s) {
			t.Fatalf("%q asks who but no emergency question", s)
		}
	})
}
