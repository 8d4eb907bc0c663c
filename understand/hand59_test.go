package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestTakesUp: a cadre's short first-person words taking up a matter,
// and what is none (a question, a refusal, a bare 我去, another errand).
func TestTakesUp(t *testing.T) {
	for _, tc := range []struct {
		text, note string
		ok         bool
	}{
		{"我去看看", "我去看看", true},
		{"我马上去", "我马上去", true},
		{"我来处理", "我来处理", true},
		{"我去处理一下", "我去处理一下", true},
		{"马上到", "马上到", true},
		{"我这就过去", "我这就过去", true},
		{"我去看看吧。", "我去看看", true},
		{" 我马上到！", "我马上到", true},
		{"我去看看吗？", "", false},
		{"我去看看？", "", false},
		{"我不去", "", false},
		{"我去不了", "", false},
		{"我去", "", false},
		{"我来", "", false},
		{"马上", "", false},
		{"我去镇上", "", false},
		{"我来说两句", "", false},
		{"我去看看那条沟 下午再说", "", false},
		{"好的", "", false},
	} {
		note, ok := understand.TakesUp(tc.text)
		if note != tc.note || ok != tc.ok {
			t.Errorf("TakesUp(%q) = %q, %v; want %q, %v", tc.text, note, ok, tc.note, tc.ok)
		}
	}
}
