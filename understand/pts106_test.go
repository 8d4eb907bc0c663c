package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestClaimReadPts106: ice cleared off a public way is 义务劳动 as snow is
// (pts106: 「把村口到学校那段路的冰给铲了 能加分不」 named no item); a
// fridge's ice is none.
func TestClaimReadPts106(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, text := range []string{"今早上我把村口到学校那段路的冰给铲了 能加分不", "桥上结的冰我拿镐头敲掉了 这个能算积分吗",
		"申请积分 铲了村道上的冰"} {
		if r := (understand.Rules{Catalogue: cat}).Read(t.Context(), text); !r.Claims() || r.Indicator != "SG02" {
			t.Errorf("Read(%q) = %s %q; want claim SG02", text, r.Intent, r.Indicator)
		}
	}
	if code, _ := understand.ClaimIndicator(cat, "敲了敲冰箱 门冻住了"); code == "SG02" {
		t.Errorf("a fridge's ice read as 义务劳动")
	}
}
