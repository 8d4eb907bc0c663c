package words

import "testing"

// TestPlaceIsTheMatter: before the festival 张三, 陈二 and 周八 each told of
// the east rubbish pool; 周八's 「垃圾池那边垃圾堆成山了」 named nothing
// besides the pool and was filed again (rep102). Two texts naming one
// such place and nothing else are one matter; beside another thing, at
// another pool, or one burnt, they are not.
func TestPlaceIsTheMatter(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"村东头垃圾池满了好几天没人拉，都堆到路上了，过年前得清一清", "垃圾池那边垃圾堆成山了，快过年了谁来管管", true},
		{"村口垃圾站满了", "垃圾站那边好几天没人拉了", true},
		{"村口垃圾池满了好几天了 臭得很", "村口那个下水道堵死了 一下雨污水就漫到路上 臭烘烘的", false},
		{"垃圾池满了", "有人在垃圾池里烧垃圾 烟大得很", false},
		{"村口垃圾池满了", "村口的路灯不亮了", false},
		{"垃圾站满了", "垃圾池满了", false},
	} {
		for _, ab := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := OnePlaceOneThing(ab[0], ab[1]); got != c.same {
				t.Errorf("OnePlaceOneThing(%q, %q) = %v, want %v", ab[0], ab[1], got, c.same)
			}
		}
	}
}

// FuzzOnePlaceOneThing: any two texts are read without a panic, and the
// reading does not depend on which is said first.
func FuzzOnePlaceOneThing(f *testing.F) {
	f.Add("村东头垃圾池满了好几天没人拉", "垃圾池那边垃圾堆成山了")
	f.Add("有人在垃圾池里烧垃圾", "垃圾池满了")
	f.Add("河里有垃圾", "河边又有人倒垃圾")
	f.Fuzz(func(t *testing.T, a, b string) {
		if OnePlaceOneThing(a, b) != OnePlaceOneThing(b, a) {
			t.Errorf("OnePlaceOneThing(%q, %q) differs by order", a, b)
		}
	})
}
