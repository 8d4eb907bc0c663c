package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWorksCompensationAsked: land public works took, its compensation
// asked ("修路占了俺家的地补偿款啥时候给"), is a question for the village
// (approval), not a quarrel; a neighbour who took it is one still, and a
// compensation said withheld stays a grievance (general).
func TestWorksCompensationAsked(t *testing.T) {
	rules := understand.Rules{}
	for text, want := range map[string]village.Type{
		"修路占了俺家的地补偿款啥时候给":      village.Approval,
		"村里拓宽公路占了俺家的菜地 有没有补偿":  village.Approval,
		"隔壁老李盖房占了我家的地 补偿都不给":   village.Mediation,
		"村里修路占了我家两分地，补偿款一直没到位": village.General,
	} {
		if r := rules.Read(context.Background(), text); r.Type != want {
			t.Errorf("%q: %s %s; want %s", text, r.Intent, r.Type, want)
		}
	}
}
