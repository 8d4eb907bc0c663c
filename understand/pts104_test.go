package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestClaimReadPts104: snow swept at one's own door is the catalogue's
// 房前屋后 item (门前三包), a public way's is 义务劳动, an icy public way
// salted or ashed is 义务劳动 too, one's own yard salted no deed.
func TestClaimReadPts104(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, tt := range []struct{ text, indicator string }{
		{"申请积分 早上把自家门口的雪扫干净了", "HJ01"},
		{"申请积分 扫雪 自家门前", "HJ01"},
		{"早上把我家门口到村口那段路的雪铲了 申请积分", "SG02"},
		{"帮隔壁王奶奶把她家门口的雪扫了 能加分吗", "SG04"},
		{"申请积分 昨天下冻雨 我在村口桥上撒了两袋盐防滑 王五看见了", "SG02"},
		{"申请积分 帮村里把结冰的路面撒了炉灰", "SG02"},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if !r.Claims() || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %q", tt.text, r.Intent, r.Indicator, tt.indicator)
		}
	}
	if code, _ := understand.ClaimIndicator(cat, "她把自家门口的雪扫了"); code != "HJ01" {
		t.Errorf("ClaimIndicator(她把自家门口的雪扫了) = %q, want HJ01", code)
	}
	for _, text := range []string{"我儿子从深圳回来过年了 他的积分怎么算", "闺女放寒假回家了 她算不算积分"} {
		if _, ok := understand.RulesAsked(understand.Said{Canon: text}); !ok {
			t.Errorf("RulesAsked(%q) = false, want a question how the points count", text)
		}
	}
	if r := (understand.Rules{Catalogue: cat}).Read(t.Context(), "早上在自家院子里撒了点盐 怕老人滑倒"); r.Claims() {
		t.Errorf("own yard salted read as a claim %q", r.Indicator)
	}
}
