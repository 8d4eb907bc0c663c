package words

import "testing"

// TestAsksFestivalPerk: a festival's gift asked after is no relief of an
// emergency (alarm109).
func TestAsksFestivalPerk(t *testing.T) {
	for s, want := range map[string]bool{
		"@网格小助手 过年的慰问品啥时候发": true,
		"今年春节有没有慰问金":        true,
		"年货啥时候发":            true,
		"房子烧成这样了 能申请救助不":    false,
		"家里着火了 有没有慰问":       false,
		"慰问金怎么申请":           false,
	} {
		if got := AsksFestivalPerk(s); got != want {
			t.Errorf("AsksFestivalPerk(%q) = %v; want %v", s, got, want)
		}
	}
}
