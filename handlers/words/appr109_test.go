package words

import "testing"

// TestDeathTold (appr109): a relative's or an elder's death told.
func TestDeathTold(t *testing.T) {
	for text, want := range map[string]bool{
		"俺家老头子上个月走了 养老金咋停": true,
		"俺爹前天过世了":          true,
		"老伴去年没了 丧葬费咋领":     true,
		"俺娘的低保没了":          false, // a payout stopped
		"俺娘今年80了":          false,
		"他走了 我们接着打牌":       false,
	} {
		if got := DeathTold(text); got != want {
			t.Errorf("DeathTold(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzDeathTold: DeathTold never panics and holds only of words that say
// someone died.
func FuzzDeathTold(f *testing.F) {
	for _, s := range []string{"俺爹走了", "老伴去世", "", "的没了", "娘的钱没了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if DeathTold(s) && !ContainsAnyOf(s, "走了", "去世", "过世", "没了", "不在了", "病故", "离世") {
			t.Errorf("DeathTold(%q) with no word of dying", s)
		}
	})
}
