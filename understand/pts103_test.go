package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestClaimReadPts103: 「申请庭院整洁积分」, the item named between 申请 and
// 积分, asks points (it was noise); snow cleared for an elder of another
// household is care for the elder (SG04), not the village's labour (SG02),
// which snow cleared for all still is; ClaimIndicator, which the points
// flow files by, agrees.
func TestClaimReadPts103(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, tt := range []struct{ text, indicator string }{
		{"我家院子收拾得干干净净，申请庭院整洁积分", "HJ01"},
		{"申请庭院整洁积分", "HJ01"},
		{"帮王奶奶把屋顶的雪扫了 申请积分", "SG04"},
		{"今天和几个邻居把村口的雪扫了 申请积分", "SG02"},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if !r.Claims() || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %q", tt.text, r.Intent, r.Indicator, tt.indicator)
		}
	}
	if code, _ := understand.ClaimIndicator(cat, "帮王奶奶把屋顶的雪扫了"); code != "SG04" {
		t.Errorf("ClaimIndicator(帮王奶奶把屋顶的雪扫了) = %q, want SG04", code)
	}
}
