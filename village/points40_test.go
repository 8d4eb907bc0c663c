package village

import (
	"slices"
	"testing"
)

// TestHonoursFewScored: in a village of 20 households where few scored,
// and little, the scorers are not all honoured: the rule bounds the
// honoured to a share of the village and to a household average, and a
// vetoed household is never one.
func TestHonoursFewScored(t *testing.T) {
	var hs []HouseholdInfo
	for i := range 20 {
		hs = append(hs, HouseholdInfo{Household: string(rune('A' + i)), Participants: 4})
	}
	// A 120/4 = 30, B 100/4 = 25, C 8/4 = 2, D vetoed with 200.
	ranked := Rank(hs, map[string]int64{"A": 120, "B": 100, "C": 8, "D": 200}, map[string]bool{"D": true})
	tests := []struct {
		name string
		rule HonourRule
		want []string
	}{
		{"default", HonourRule{Max: 3, Share: 10, MinAverage: 20}, []string{"A", "B"}}, // C too little
		{"share", HonourRule{Max: 3, Share: 5, MinAverage: 1}, []string{"A"}},          // 5% of 20: one
		{"min", HonourRule{Max: 3, Share: 100, MinAverage: 26}, []string{"A"}},
		{"loose", HonourRule{Max: 3, MinAverage: 1}, []string{"A", "B", "C"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Honours(ranked, tt.rule) {
			got = append(got, s.Household)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: honours %v, want %v", tt.name, got, tt.want)
		}
	}
}
