package understand_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestGasSmellGoneEnds: a gas leak's smell gone ("气味没了", "现在没味了",
// "煤气味闻不到了") tells its end, as "火灭了" does a fire's: an
// all-clear, the gas's own end words; a fire's smell gone ("烟味没了")
// is the fire's, and a question or a smell still there is none.
func TestGasSmellGoneEnds(t *testing.T) {
	endsOf := func(h village.Hazard, text string) bool {
		return slices.ContainsFunc(understand.EndWords(h), func(w string) bool { return strings.Contains(text, w) })
	}
	for _, text := range []string{"气味没了", "现在没味了", "阀门关了 没事了", "煤气味闻不到了", "味道没有了 窗户开着"} {
		if !understand.Resolves(understand.Hear(text)) {
			t.Errorf("%q: not read as an all-clear", text)
		}
		if !endsOf(village.HazardGas, text) {
			t.Errorf("%q: not a gas leak's end", text)
		}
	}
	if !endsOf(village.HazardFire, "烟味没了") {
		t.Error(`"烟味没了": not a fire's end`)
	}
	for _, text := range []string{"气味没了吗", "还是有味道", "味道越来越大了"} {
		if understand.Resolves(understand.Hear(text)) {
			t.Errorf("%q: read as an all-clear", text)
		}
	}
}
