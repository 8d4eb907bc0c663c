package words

import "testing"

// TestStillSpendAsked: whether points can still be spent, asked in a few
// words (pts100); what, how much or a longer sentence is not this.
func TestStillSpendAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"还能兑换吗": true, "现在还可以兑换不": true, "积分还能兑换吗": true, "积分还能用吗": true,
		"还能不能兑换": true, "积分还可不可以换": true, "还能兑换么": true,
		"还能兑换什么": false, "还能换几瓶": false, "还能兑换多少": false, "还能换吗": false,
		"兑换": false, "我家还能兑换": false, "话说超市那边今天下午还能兑换吗 我想去看看": false,
		"能兑换吗": false, "还能报名吗": false,
	} {
		if got := StillSpendAsked(c); got != want {
			t.Errorf("StillSpendAsked(%q) = %v, want %v", c, got, want)
		}
	}
}

func FuzzStillSpendAsked(f *testing.F) {
	for _, s := range []string{"还能兑换吗", "积分还能用吗", "还能兑换什么", "  还 能 兑换 ？", "\xff还能"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if StillSpendAsked(s) && !ContainsAnyOf(s, "还") {
			t.Errorf("StillSpendAsked(%q) without 还", s)
		}
	})
}
