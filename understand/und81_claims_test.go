package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestPointsCountedAsked: "能记几分" after a deed told claims it, a way
// mended by hand is labour when points are asked, and the same count with
// no deed told asks the rules (und81).
func TestPointsCountedAsked(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	checkClaims(t, cat, []claimCase{
		{"今天和组里几个人把三组那段机耕路上的坑填平了 能记几分", "SG02"},
		{"昨天义务劳动清了大半天水渠 能记几分啊", "SG02"},
		{"我给五保户送了半年饭 能记几分", "SG04"},
		{"昨天帮王奶奶挑了水 能记多少分", "SG04"},
		{"路上的坑我填了 能加分不", "SG02"},
		// no deed told: the rules asked, no claim
		{"扫雪能记几分", ""},
		{"帮五保户挑水 能加分吗", ""},
	})
	for _, text := range []string{"扫雪能记几分", "给五保户送饭 能加分吗", "照顾低保户算不算积分"} {
		if _, ok := understand.RulesAsked(understand.Hear(text)); !ok {
			t.Errorf("RulesAsked(%q) = false; want a question how the points count", text)
		}
	}
}
