package words

import "testing"

// TestSelfHomeNamesNoHousehold: 「自个儿家」 is the speaker's own home, no
// household 「儿家」 (med93 Left), while 「女儿家」 is his daughter's.
func TestSelfHomeNamesNoHousehold(t *testing.T) {
	item := "陈二家盖鸡圈把墙砌到俺家地界上来了\n张三家"
	for text, want := range map[string]bool{
		"墙是俺自个儿家地上砌的": false,
		"我自个家的地":      false,
		"俺女儿家的狗也天天叫":  true,
	} {
		if got := OtherHousehold(text, item); got != want {
			t.Errorf("OtherHousehold(%q) = %v, want %v", text, got, want)
		}
	}
	if got := householdsIn("墙是俺自个儿家地上砌的"); len(got) != 0 {
		t.Errorf("householdsIn(自个儿家) = %q, want none", got)
	}
	if NamesHousehold("自个儿家的鸡跑了") {
		t.Error("NamesHousehold(自个儿家) = true, want false")
	}
}
