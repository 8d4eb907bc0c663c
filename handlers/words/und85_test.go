package words

import "testing"

// TestDrainsOneThing: 水沟, 下水道, 排水沟 and 阴沟 are one drain by
// whatever name a villager gives it; the water supply and the fields'
// 水渠 are not drains.
func TestDrainsOneThing(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"村口的水沟堵了 臭得很", "村口那个下水道堵死了 一下雨就漫到路上", true},
		{"学校门口的排水沟堵了", "学校门口阴沟又冒水了 臭烘烘的", true},
		{"村口的阴沟堵了", "村口的水管冻裂了", false},
		{"村口的下水道堵了", "村口的水渠堵了", false},
	} {
		if got := OnePlaceOneThing(c.a, c.b); got != c.same {
			t.Errorf("OnePlaceOneThing(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := OnePlaceOneThing(c.b, c.a); got != c.same {
			t.Errorf("OnePlaceOneThing(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
	}
}
