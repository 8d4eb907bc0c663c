package understand_test

import (
	"testing"

	"gridbot/config/configtest"
	"gridbot/understand"
)

// FuzzClaimIndicator: whatever a claim's deed says, ClaimIndicator names
// a claimable item of the catalogue or none, and never panics (pts98:
// the points flow matches a deed with it when its reader named none).
func FuzzClaimIndicator(f *testing.F) {
	cat := configtest.Load(f, "../config.example.yaml").Points.Indicators()
	for _, s := range []string{"清理了村口水渠", "帮隔壁王奶奶挑了一个月的水", "HJ02 扫地", "把旧衣服捐给了困难户", "", "\xff申请"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, deed string) {
		code, ok := understand.ClaimIndicator(cat, deed)
		if !ok {
			return
		}
		ind, found := cat.ByCode(code)
		if !found || !ind.Claimable() {
			t.Fatalf("%q: %q, not a claimable item of the catalogue", deed, code)
		}
	})
}

// TestClaimIndicatorAsRules: ClaimIndicator files the deed as Rules
// with the catalogue reads the claim.
func TestClaimIndicatorAsRules(t *testing.T) {
	cat := configtest.Load(t, "../config.example.yaml").Points.Indicators()
	if code, ok := understand.ClaimIndicator(cat, "清理了村口水渠"); !ok || code != "HJ02" {
		t.Fatalf("清理了村口水渠: %q %v, want HJ02", code, ok)
	}
}
