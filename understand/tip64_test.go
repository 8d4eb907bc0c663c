package understand

import (
	"testing"

	"gridbot/village"
)

// TestCautionHomeWiringAndCold: a home's own wiring bared, worn or
// sparking is HazardWiring (the home's switch and an electrician), a line
// or pole outside stays HazardPower (95598); a home with no heat in the
// cold is HazardCold, a leaking flue stays HazardFumes, and cold or a
// fault alone is no danger.
func TestCautionHomeWiringAndCold(t *testing.T) {
	checkCautions(t, map[string]village.Hazard{
		"家里电线露在外面":           village.HazardWiring,
		"屋里的电线老化了 插座冒火花":     village.HazardWiring,
		"石德贵家的插座打火":          village.HazardWiring,
		"电线杆歪了 电线垂得很低":       village.HazardPower,
		"我家门口电线杆上的电线老化了 打火花": village.HazardPower,
		"家里没暖气 冻得不行":         village.HazardCold,
		"王奶奶家没煤了 冷得很":        village.HazardCold,
		"屋里冷 炉子的烟囱漏烟":        village.HazardFumes,
		"今天好冷":               village.HazardNone,
		"家里暖气坏了 明天来修":        village.HazardNone,
	})
}

// TestColdAtHomeIsReport: no heat and cold at home is a report for the
// grid (so its reply carries the cold tip); a weather remark is not.
func TestColdAtHomeIsReport(t *testing.T) {
	for text, want := range map[string]village.Intent{
		"家里没暖气 冻得不行": village.IntentReport,
		"天冷了 大家注意保暖": village.IntentNoise,
	} {
		if got := (Rules{}).Read(t.Context(), text); got.Intent != want {
			t.Errorf("%q read %+v, want intent %s", text, got, want)
		}
	}
}

// TestHomeWireFireScene: sparks in a home's wiring, read as a fire, have
// the home's switch pulled (HomeWire), not the power company called
// (WireFire); a line outside keeps WireFire.
func TestHomeWireFireScene(t *testing.T) {
	home := SceneOf(Said{Canon: canon(unspace(normalize("屋里的电线老化了 插座冒火花")))}, village.HazardFire)
	if !home.HomeWire || home.WireFire {
		t.Errorf("home wiring scene %+v, want HomeWire alone", home)
	}
	line := SceneOf(Said{Canon: canon(unspace(normalize("电线杆倒了 电线掉在路上还冒火花")))}, village.HazardFire)
	if line.HomeWire || !line.WireFire {
		t.Errorf("line scene %+v, want WireFire alone", line)
	}
}
