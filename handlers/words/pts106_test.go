package words

import "testing"

// TestEnoughAsked: whether one's points buy an item is asked (pts106);
// what the shop has, a price, the clearing or another's points are not.
func TestEnoughAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"我家的积分够换一桶油不": true, "我家积分够换一袋大米吗": true, "俺家那点分能换个电压力锅不": true,
		"我们家积分够不够换两袋大米？": true, "积分够换洗衣液吗": true,
		"积分能换洗衣粉不": false, "我家积分能换什么": false, "换一袋米要多少积分": false, "积分还能换吗": false,
		"你家积分够换大米不": false, "我家积分够换一桶油": false, "今天够冷的 不想出门": false,
	} {
		if got := EnoughAsked(c); got != want {
			t.Errorf("EnoughAsked(%q) = %v, want %v", c, got, want)
		}
	}
}

func FuzzEnoughAsked(f *testing.F) {
	for _, s := range []string{"我家的积分够换一桶油不", "俺家那点分能换个电压力锅不", "分够", "\xff分能换吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { EnoughAsked(s) })
}
