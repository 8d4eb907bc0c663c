package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestChases: an approval question from one who applied already and asks
// how far it got is marked Chases; one not applied (or only planned), or
// a question of how long it takes in general, is not.
func TestChases(t *testing.T) {
	rules := understand.Rules{}
	for text, want := range map[string]bool{
		"我家的低保什么时候能批下来 都交材料一个月了": true,
		"残疾证交了申请 还没批下来 咋回事":      true,
		"我上个月申请了高龄补贴 有没有结果":      true,
		"低保报上去了 进度怎么样了":          true,
		"危房改造的材料早就交上去了 咋还没消息":    true,
		"危房改造报上去半年了 进度咋样了":       true,
		"低保怎么申请":         false,
		"低保多久能批下来":       false,
		"还没交材料 低保什么时候能批": false,
		"想申请残疾证 要多久能下来":  false,
	} {
		r := rules.Read(context.Background(), text)
		if r.Type != village.Approval || r.Chases != want {
			t.Errorf("%q: type %s, chases %v; want approval, chases %v", text, r.Type, r.Chases, want)
		}
	}
}

// TestPointsRulesAsked: a question how the points count that tells no
// deed is no claim; one that tells a deed done is. Money asked about for
// an approval ("打工的钱算不算收入") is no points question.
func TestPointsRulesAsked(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	rules := understand.Rules{Catalogue: cat}
	for text, claim := range map[string]bool{
		"我家儿子在外打工 他的积分怎么算":      false,
		"在外打工有没有分":              false,
		"参加义务劳动算不算积分":           false,
		"我昨天把路上的石头搬开了 能加分不":     true,
		"我扫了三天马路 算不算积分":         true,
		"俺昨天去参加了村里的义务劳动 这个怎么算分": true,
	} {
		r := rules.Read(context.Background(), text)
		if r.Claims() != claim {
			t.Errorf("%q: intent %s; claim %v wanted", text, r.Intent, claim)
		}
		if _, asks := understand.RulesAsked(understand.Hear(text)); asks == claim {
			t.Errorf("%q: RulesAsked %v; want %v", text, asks, !claim)
		}
	}
	if _, asks := understand.RulesAsked(understand.Hear("打工的钱算不算收入")); asks {
		t.Error("打工的钱算不算收入: read as a points question")
	}
}
