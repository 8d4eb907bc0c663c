package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestLead107ProblemThenDeed: a problem told before 另外/对了 and a deed
// asking points is a report that also claims (the problem's category);
// two deeds joined by 另外 stay a claim.
func TestLead107ProblemThenDeed(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, c := range []struct {
		text     string
		intent   village.Intent
		category string
	}{
		{"村口路灯又不亮了 晚上黑乎乎的 另外我昨天帮王奶奶把院子的雪扫了 能加分不", village.IntentReport, "道路交通"},
		{"村口那个坡结冰了 早上好几个人摔了 对了前天我帮五保户送了一袋米 能加分吗", village.IntentReport, "道路交通"},
		{"昨天帮王奶奶扫了雪 另外还帮她挑了两桶水 申请积分", village.IntentClaim, ""},
		{"村口的雪我扫了 另外路边倒的那棵树也搬开了 能加分不", village.IntentClaim, ""},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), c.text)
		if r.Intent != c.intent || r.Category != c.category || !r.Claims() {
			t.Errorf("%s: got %s/%s also %s, want %s/%s and a claim", c.text, r.Intent, r.Category, r.Also, c.intent, c.category)
		}
	}
}
