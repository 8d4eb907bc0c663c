package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestPlannedDeedRead: a deed asked about before it is done (「能帮村里扫雪
// 挣积分不」) is a question of the rules, not a claim, whatever 了 a home
// coming or the snow says (pts112: 「我家孩子放寒假回来了 …」 was offered as
// a claim); a deed told done besides still claims.
func TestPlannedDeedRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	ru := understand.Rules{Catalogue: cat}
	for _, text := range []string{
		"我家孩子放寒假回来了 能帮村里扫雪挣积分不",
		"下雪了 俺能帮着村里铲雪挣积分不",
		"孩子放假了 想去敬老院帮忙 能赚积分吗",
		"能帮村里扫雪挣积分不",
	} {
		if r := ru.Read(t.Context(), text); r.Intent != village.IntentQuery {
			t.Errorf("Read(%q) = %s; want query", text, r.Intent)
		}
		if !understand.PlannedDeed(understand.Canon(text)) {
			t.Errorf("PlannedDeed(%q) = false", text)
		}
	}
	for _, text := range []string{
		"放寒假了 昨天俺儿子帮村里扫了雪 能挣积分不",
		"我帮村里扫雪了 能加积分不",
		"昨天帮王奶奶扫了雪 还能帮她挑水挣积分不",
	} {
		if r := ru.Read(t.Context(), text); !r.Claims() {
			t.Errorf("Read(%q) = %s; want claim", text, r.Intent)
		}
		if understand.PlannedDeed(understand.Canon(text)) {
			t.Errorf("PlannedDeed(%q) = true", text)
		}
	}
}

func FuzzPlannedDeed(f *testing.F) {
	for _, s := range []string{"我家孩子放寒假回来了 能帮村里扫雪挣积分不", "想去敬老院帮忙", "能", "昨天帮王奶奶扫了雪 还能帮她挑水挣积分不", "能帮\xff了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		understand.PlannedDeed(s)
		understand.PlannedDeed(understand.Canon(s))
	})
}
