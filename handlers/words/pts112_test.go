package words

import (
	"testing"

	"gridbot/village"
)

// TestCashAsked: points asked for money, or what a point is worth, is
// RuleCash (pts112: 「年底了 积分能换钱不」 got the price list); 「去年腊
// 月的积分还算不算」 asks the clearing (it got the how-to).
func TestCashAsked(t *testing.T) {
	for c, want := range map[string]PointsRule{
		"年底了 积分能换钱不":       RuleCash,
		"积分一分值多少钱":         RuleCash,
		"积分能换成钱寄给在外打工的儿子吗": RuleCash,
		"积分能折现吗":           RuleCash,
		"去年腊月的积分还算不算":      RuleClearing,
		"去年冬天的分还作数不":       RuleClearing,
		"积分能换什么":           RuleNone,
		"去年腊月帮五保户扫雪 能加分不":  RuleNone,
	} {
		if got := PointsRuleAsked(c); got != want {
			t.Errorf("PointsRuleAsked(%q) = %q, want %q", c, got, want)
		}
	}
}

// TestHomeOnDay: a member home on a festival's day is a home comer
// (pts112: 「我闺女腊月二十回来」 heard nothing of the clearing before it).
func TestHomeOnDay(t *testing.T) {
	for c, want := range map[string]bool{
		"我闺女腊月二十回来 她能去超市换东西不": true,
		"儿子正月初二到家":            true,
		"孩子放寒假才回家":            true,
		"我老婆能去换吗":             false,
		"回来的时候顺便去超市":          true, // homeComers' 回来的
		"我出差刚到家":              false,
	} {
		if got := HomeComerNamed(c); got != want {
			t.Errorf("HomeComerNamed(%q) = %v, want %v", c, got, want)
		}
	}
}

var goodsShop = []village.ShopItem{{Name: "大米", Unit: "袋", Points: 90}, {Name: "食用油", Unit: "桶", Points: 80}, {Name: "酱油", Unit: "瓶", Points: 8}}

// TestMissingGoods: goods asked for that the shop does not sell are named
// (pts112: 「积分能换对联吗」 got the price list); the shop's own, and
// questions what it sells, are none.
func TestMissingGoods(t *testing.T) {
	for c, want := range map[string]string{
		"积分能换对联吗":        "对联",
		"我家积分能不能换成过年的对联": "对联",
		"兑换 春联":          "春联",
		"积分能换大米吗":        "",
		"积分能换油不":         "",
		"积分能换什么":         "",
		"能换了吗":           "",
		"积分能换钱不":         "",
		"换东西不":           "",
		"超市今天开门吗":        "",
	} {
		if got := MissingGoods(c, goodsShop); got != want {
			t.Errorf("MissingGoods(%q) = %q, want %q", c, got, want)
		}
	}
}

func FuzzMissingGoods(f *testing.F) {
	for _, s := range []string{"积分能换对联吗", "兑换 春联", "换", "换成过年的\xff吗", "积分能换大米吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		MissingGoods(s, goodsShop)
		HomeComerNamed(s)
		PointsRuleAsked(s)
	})
}
