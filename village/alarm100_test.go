package village

import "testing"

// TestHurtAs: the duty chat's 120 line says what happened to the one hurt
// at an emergency's scene, with a gas alarm's likely cause (alarm100).
func TestHurtAs(t *testing.T) {
	for _, c := range []struct {
		text string
		h    Hazard
		want string
	}{
		{"我妈晕过去了", HazardGas, "有人晕倒（可能是一氧化碳中毒）"},
		{"我妈晕过去了", HazardFire, "有人晕倒"},
		{"俺爹头疼得厉害 想吐", HazardGas, "有人头晕恶心（可能是一氧化碳中毒）"},
		{"一家三口都中毒了", HazardGas, "有人中毒"},
		{"有人被烧伤了", HazardFire, "有人烧伤"},
		{"腿砸断了", HazardCollapse, "有人受伤"},
	} {
		if got := HurtAs(c.text, c.h); got != c.want {
			t.Errorf("HurtAs(%q, %s) = %q, want %q", c.text, c.h, got, c.want)
		}
	}
	r := Report{Hazard: HazardGas}
	if r.HurtSaid() != "" {
		t.Errorf("no hurt note: %q", r.HurtSaid())
	}
	r.History = append(r.History, Entry{Note: HurtNote + "我妈晕过去了"})
	if got := r.HurtSaid(); got != "有人晕倒（可能是一氧化碳中毒）" {
		t.Errorf("HurtSaid = %q", got)
	}
}
