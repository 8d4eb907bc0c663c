package words

import "testing"

// TestPlaceOwnSmell: 「…臭死了」 beside a rubbish pool read 臭 as another
// thing, so the pool told again was filed as a second item (rep102's
// leftover). What the pool gives off (a smell, flies) is the pool again;
// another thing there, another pool, or a drain that smells are not.
func TestPlaceOwnSmell(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"村东头垃圾池满了好几天没人拉", "垃圾池那边臭死了，快过年了谁来管管", true},
		{"村东头垃圾池满了 臭死了", "垃圾池又满了 苍蝇到处飞", true},
		{"村口垃圾站满了", "垃圾站那边臭烘烘的 老远就闻到异味", true},
		{"村口垃圾池满了好几天了 臭得很", "村口那个下水道堵死了 一下雨污水就漫到路上 臭烘烘的", false},
		{"垃圾池臭死了", "有人在垃圾池里烧垃圾 烟大得很", false},
		{"垃圾池臭死了", "垃圾站臭死了", false},
		{"垃圾池臭死了", "垃圾池边上的路灯坏了", false},
	} {
		for _, ab := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := OnePlaceOneThing(ab[0], ab[1]); got != c.same {
				t.Errorf("OnePlaceOneThing(%q, %q) = %v, want %v", ab[0], ab[1], got, c.same)
			}
		}
	}
}
