package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestHeardOutcome: a note with no outcome word after an elder's name is
// 已通 when it says how she is, 未接通 when only that she is away or at a
// hospital (「在医院」 alone is a stay, call75), nothing when neither.
func TestHeardOutcome(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for note, want := range map[string]string{
		"身体挺好的":        village.OutcomeReached,
		"在医院":          village.OutcomeMissed,
		"在县医院":         village.OutcomeMissed,
		"住院了":          village.OutcomeMissed,
		"在县医院 她儿子说挺好的": village.OutcomeReached,
		"在医院拿药":        "",
		"的低保什么时候批":     "",
		"去她女儿家住了 这个月不在村里": village.OutcomeMissed,
	} {
		got, ok := HeardOutcome(note, now)
		if got != want || ok != (want != "") {
			t.Errorf("HeardOutcome(%q) = %q, %v; want %q", note, got, ok, want)
		}
	}
}
