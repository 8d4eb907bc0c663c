package words

import (
	"testing"
)

// TestAwayWordsOfACall: words of a call ("我打了电话 不在家") or of an
// elder are call notes, not a worker away; his own are.
func TestAwayWordsOfACall(t *testing.T) {
	for text, want := range map[string]bool{
		"我这几天生病了 在县里住院 电话打不了":         true,
		"我明天要去外地 这几天打不了电话":            true,
		"这周请假了 回访没法打":                 true,
		"我打了电话 不在家":                   false,
		"没人接 可能不在家":                   false,
		"她住院了 这几天打不了":                 false,
		"我这几天生病了吗 电话":                 false,
		"今天没空 明天打":                    false,
		"我明天要去县里开会 这几天打不了电话 电话交给马红梅了": true, // call96
		"我这周去县里培训 回访没法打":              true,
		"我在开会 等会打电话":                  false,
		"她去县里开会了 这几天打不了":              false,
	} {
		if got := SaysAway(text); got != want {
			t.Errorf("saysAway(%q) = %v, want %v", text, got, want)
		}
	}
}
