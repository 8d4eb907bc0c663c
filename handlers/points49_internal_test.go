package handlers

import "testing"

// TestWithoutOnceMoreNoDoubledComma: the words saying "once more" taken
// out of a claim leave one comma, not 「， ，」.
func TestWithoutOnceMoreNoDoubledComma(t *testing.T) {
	for in, want := range map[string]string{
		"帮王奶奶挑水，又一次，她腿脚不便": "帮王奶奶挑水，她腿脚不便",
		"又一次，帮王奶奶挑水":       "帮王奶奶挑水",
		"帮王奶奶挑水，第2次":       "帮王奶奶挑水",
		"陈二 焚烧秸秆 5 再记一次":   "陈二 焚烧秸秆 5",
		"张明 巡防（第二次），夜里":    "张明 巡防，夜里",
		"帮王奶奶挑水、又一次、劈柴":    "帮王奶奶挑水、劈柴",
	} {
		if got := withoutOnceMore(in); got != want {
			t.Errorf("withoutOnceMore(%q) = %q, want %q", in, got, want)
		}
	}
}
