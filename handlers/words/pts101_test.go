package words

import "testing"

// TestSpendWhatAsked: what points can still be spent on, asked in a few
// words with 兑换 and no shop or points named (pts101).
func TestSpendWhatAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"还能兑换什么": true, "现在能兑换啥": true, "还可以兑换哪些东西": true, "兑换点什么好": true, "还 能 兑换 什么？": true,
		"还能换什么": false, "还能兑换吗": false, "还能兑换多少": false, "兑换一瓶要几分": false,
		"话说超市那边今天下午还能兑换什么东西 我想去看看": false, "什么": false,
	} {
		if got := SpendWhatAsked(c); got != want {
			t.Errorf("SpendWhatAsked(%q) = %v, want %v", c, got, want)
		}
	}
}

func FuzzSpendWhatAsked(f *testing.F) {
	for _, s := range []string{"还能兑换什么", "还能兑换吗", "兑换啥", "  兑 换 哪些", "\\xff兑换"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if SpendWhatAsked(s) && !ContainsAnyOf(s, "兑") {
			t.Errorf("SpendWhatAsked(%q) without 兑", s)
		}
	})
}
