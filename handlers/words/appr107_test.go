package words

import "testing"

func TestAwayTold(t *testing.T) {
	for text, want := range map[string]bool{
		"我在外地打工腊月二十五才回来": true, "人在外面回不来": true, "俺闺女不在家": true,
		"过年回来能办不": false, "医保啥时候截止": false, "在家能办不": false,
	} {
		if got := AwayTold(text); got != want {
			t.Errorf("AwayTold(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzAppr107Words(f *testing.F) {
	for _, s := range []string{"我在外地打工腊月二十五才回来", "在外", "回不来吗", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AwayTold(s) && !ContainsAnyOf(s, awayNowWords...) && !awayWorkRe.MatchString(s) {
			t.Fatalf("AwayTold(%q) without a word of awayNowWords or a place of work", s)
		}
	})
}
