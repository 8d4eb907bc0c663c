package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestFestiveVisit99 (und99): a gift taken on a festival's visit is custom,
// not care for the lonely, unless the catalogue's own words name the one
// visited (五保户) or points are asked; a deed's receiver told as 她 is no
// other doer.
func TestFestiveVisit99(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	tests := []struct{ text, indicator string }{
		{"给老人拜年去了 送了两箱牛奶", ""},
		{"去姥姥家拜年 带了两箱牛奶一箱酒", ""},
		{"今天去五保户李奶奶家拜年 给她送了米和油", "SG04"},
		{"给孤寡的刘奶奶送了年货 贴了对联 能加分吗", "SG04"},
		{"今天给独居的李大爷送了一袋米一桶油 还帮他把炉子生上了 能记分不", "SG04"},
		{"今早我和几个邻居把村道上的雪扫干净了", "SG02"},
		{"扫雪辛苦了 咱组的党员一早就把主路扫出来了 点赞", ""},
	}
	for _, tt := range tests {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Claims(); got != (tt.indicator != "") || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %v %q", tt.text, r.Intent, r.Indicator, tt.indicator != "", tt.indicator)
		}
	}
}
