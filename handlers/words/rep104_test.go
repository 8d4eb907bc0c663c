package words

import "testing"

// TestSaysAwayUntilADay: a worker in hospital who says till when, or that
// his items cannot be done, is away (rep104: 「要住到12月20号 手上的事办不
// 了」 had no reply); an hour's errand or words with no reason are not.
func TestSaysAwayUntilADay(t *testing.T) {
	for text, want := range map[string]bool{
		"不好意思，我发烧住院了 要住到12月20号 手上的事办不了": true,
		"我还在医院 医生说要住到20号":               true,
		"我生病了 手上的事这几天办不了":               true,
		"我在医院 等会给你打电话":                  false,
		"我在开会 等会打电话":                    false,
		"等到20号再说吧":                      false,
		"我问了 她说住院到20号":                  false,
	} {
		if got := SaysAway(text); got != want {
			t.Errorf("SaysAway(%q) = %v, want %v", text, got, want)
		}
	}
}
