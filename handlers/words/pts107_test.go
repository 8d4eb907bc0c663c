package words

import "testing"

// TestHomeComerRuleAsked: whether the household's members home for the
// festival, or kin, may spend at the shop is the shared purse (pts107);
// what they may get, or a deed told, is not.
func TestHomeComerRuleAsked(t *testing.T) {
	for c, want := range map[string]PointsRule{
		"过年回来的人能去超市换东西不": RuleShared, "在外打工的过年回来能用家里的积分吗": RuleShared,
		"我闺女腊月回来她能帮我去超市换油吗": RuleShared, "我儿子过年回来能去超市换东西不": RuleShared,
		"过年回来的人能换什么": RuleNone, "过年回来的人多": RuleNone, "我儿子过年回来了帮王奶奶扫雪": RuleNone,
		"过年回来能申请积分吗": RuleNone,
	} {
		if got := PointsRuleAsked(c); got != want {
			t.Errorf("PointsRuleAsked(%q) = %q, want %q", c, got, want)
		}
	}
	if !HomeComerNamed("过年回来的人能去超市换东西不") || HomeComerNamed("超市几点开门") {
		t.Errorf("HomeComerNamed")
	}
}

// TestShortAsked: how far one's points fall short of an item is asked as
// 够换 is (pts107); another's, or a price alone, is not.
func TestShortAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"我家还差几分能换一袋米": true, "换一桶油俺家还差多少分": true, "还差多少积分够换电压力锅": true,
		"他家还差几分能换米": false, "换一袋米要多少分": false, "差几分就及格了": false,
	} {
		if got := EnoughAsked(c); got != want {
			t.Errorf("EnoughAsked(%q) = %v, want %v", c, got, want)
		}
	}
}
