package words

import "testing"

// TestOwnHomeIsNoOtherHousehold: 「俺自己家」 is the speaker's household,
// no third one beside a quarrel (med93: 陈二's 「我不去 凭什么 墙是俺自己家
// 地上砌的」 was taken for another quarrel and dropped).
func TestOwnHomeIsNoOtherHousehold(t *testing.T) {
	item := "陈二家盖鸡圈把墙砌到俺家地界上来了\n张三家"
	for text, want := range map[string]bool{
		"我不去 凭什么 墙是俺自己家地上砌的": false,
		"我自家的地":      false,
		"老刘家的鸭子也进来了": true,
	} {
		if got := OtherHousehold(text, item); got != want {
			t.Errorf("OtherHousehold(%q) = %v, want %v", text, got, want)
		}
	}
	if got := HomesIn("墙是俺自己家地上砌的"); len(got) != 0 {
		t.Errorf("HomesIn(自己家) = %q, want none", got)
	}
}
