package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBeatingHeardRead: a fierce beating at another's home, whoever is
// beaten ("刚才隔壁打得好凶 一直在叫"), was noise; it is a mediation item
// its handlers hear of at once (Abused), not a 110 alarm. Thunder, a game,
// cards, the sender's own children and a denial stay noise.
func TestBeatingHeardRead(t *testing.T) {
	wantTypes(t, []typeCase{
		{"刚才隔壁打得好凶 一直在叫", village.IntentReport, village.Mediation, village.HazardNone},
		{"隔壁打得好凶", village.IntentReport, village.Mediation, village.HazardNone},
		{"对门两口子又打得很厉害", village.IntentReport, village.Mediation, village.HazardNone},
		{"隔壁老王家又打得好凶", village.IntentReport, village.Mediation, village.HazardNone},
		{"楼上那家打得好狠", village.IntentReport, village.Mediation, village.HazardNone},
		{"刚才打雷打得好凶", village.IntentNoise, "", ""},
		{"今天球赛打得好凶", village.IntentNoise, "", ""},
		{"隔壁打麻将打得好凶", village.IntentNoise, "", ""},
		{"我家两个娃打得好凶", village.IntentNoise, "", ""},
		{"隔壁没打得那么凶", village.IntentNoise, "", ""},
		{"哈哈 隔壁打得好凶", village.IntentNoise, "", ""},
	})
	for text, want := range map[string]bool{
		"刚才隔壁打得好凶 一直在叫": true,
		"对门打得很厉害 一直在哭":  true,
		"俺家打得好凶":        false,
		"隔壁打井打得好响":      false,
	} {
		if got := understand.Abused(understand.Hear(text)); got != want {
			t.Errorf("Abused(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCareOfNeighbourClaimRead: free text asking points for the care of
// another's elder ("给刘芳申请积分 照顾隔壁王奶奶") reads as 照料孤寡老人 as
// the 申请积分 command does; care of one's own grandmother is no SG04: named
// as hers (我奶奶) it is 孝敬父母 (JT01, pts111), else no item.
func TestCareOfNeighbourClaimRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for text, want := range map[string]string{
		"给刘芳申请积分 照顾隔壁王奶奶":        "SG04",
		"申请积分 这个月都在照顾五保户张大爷":     "SG04",
		"帮我家老二申请积分 他一直照料村东头的李爷爷": "SG04",
		"申请积分 照顾邻居家奶奶":           "SG04",
		"申请积分 照顾我奶奶":             "JT01",
		"申请积分 照顾奶奶":              "",
		"给刘芳申请积分 照顾好自己的奶奶":       "",
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), text)
		if !r.Claims() || r.Indicator != want {
			t.Errorf("Read(%q) = %s %q; want a claim of %q", text, r.Intent, r.Indicator, want)
		}
	}
}
