package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestWorkerDescribedIsNoDeed: a person told by his work (「在外打工的儿
// 子」) is who did the deed, not the deed: the donation he made is SG06
// (pts102: read as QL03 稳定就业); work said as the deed stays QL03.
func TestWorkerDescribedIsNoDeed(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, tt := range []struct{ text, indicator string }{
		{"我想给在外打工的儿子也申请积分 他捐了500块修路", "SG06"},
		{"在外打工的儿子回来捐了500块修路 能加分吗", "SG06"},
		{"申请积分 儿子在外打工满一年了", "QL03"},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if !r.Claims() || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %q", tt.text, r.Intent, r.Indicator, tt.indicator)
		}
	}
}
