package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestClothesAlightBurn: clothes someone may wear on fire are a burn
// (Scene.Burn) beside the fire (alarm91); clothes told laid, hung or
// kept somewhere are a fire only.
func TestClothesAlightBurn(t *testing.T) {
	for text, burn := range map[string]bool{
		"孩子衣服着了":      true,
		"衣服着火了 快来人":   true,
		"奶奶的棉袄被炉子烤着了": true,
		"爷爷烤火 裤子上着火了": true,
		"身上的外套烧起来了":   true,
		"炉子边上的衣服烤着火了": false,
		"晾的衣服着了":      false,
		"柜子里的衣服烧着了":   false,
		"房子着火了 快来人":   false,
		"草垛着了 旁边晾着衣服": false,
	} {
		r := Rules{}.Read(context.Background(), text)
		if r.Hazard != village.HazardFire {
			t.Errorf("Read(%q) hazard %s, want fire", text, r.Hazard)
			continue
		}
		if got := SceneOf(Hear(text), r.Hazard).Burn; got != burn {
			t.Errorf("SceneOf(%q).Burn = %v, want %v", text, got, burn)
		}
	}
}

// FuzzWornAlight: any text is read without panic, and clothes worn alight
// are told by a fire word after them.
func FuzzWornAlight(f *testing.F) {
	for _, s := range []string{"孩子衣服着了", "衣服", "炉子边上的衣服烤着火了", "棉袄被着了", "衣服上也被火燎着了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if wornAlight(text) && !clothesAlightRe.MatchString(text) {
			t.Errorf("wornAlight(%q) with no clothes alight", text)
		}
	})
}
