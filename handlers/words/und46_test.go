package words

import (
	"testing"
)

// TestOnePlaceOneThing: two villagers' words of one place and one thing
// (a drain by any of its names too),
// told with one trouble, are one matter; a place alone, one thing missing
// and one broken, a heap burnt and one tipped, or other numbers are not.
func TestOnePlaceOneThing(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"河里有垃圾", "河边又有人倒垃圾", true},
		{"桥上的护栏断了一截 小孩走过去很危险", "大桥上护栏松了 摇一摇就晃", true},
		{"有人往沟里倒建筑垃圾 沟都快填平了", "后山有人偷偷倒建筑拉鸡 一车一车的往沟里倒", true},
		{"村卫生室的医生经常不在，看病要跑十几里", "卫生室的医生一个礼拜就来两天", true},
		{"村口垃圾池满了好几天了 臭得很", "村口那个下水道堵死了 一下雨污水就漫到路上 臭烘烘的", false},
		{"河边没有护栏 小孩经常在那玩", "河边那段护栏被车撞歪了", false},
		{"老刘家把垃圾全倒河里", "有人在河边烧垃圾 烟大得很", false},
		{"村口垃圾堆满了", "村口的路灯不亮了", false},
		{"路灯不亮了", "村口路灯坏了", false},
		{"村口第2盏路灯不亮", "村口第8盏路灯不亮", false},
		{"后山的垃圾没人清", "前山的垃圾没人清", false},
		// drains by any name, their stink their trouble (und85); not the
		// supply's pipes nor the fields' 水渠
		{"村口的水沟堵了 臭得很", "村口那个下水道堵死了 一下雨就漫到路上", true},
		{"学校门口的排水沟堵了", "学校门口阴沟又冒水了 臭烘烘的", true},
		{"村口的阴沟堵了", "村口的水管冻裂了", false},
		{"村口的下水道堵了", "村口的水渠堵了", false},
	} {
		if got := OnePlaceOneThing(c.a, c.b); got != c.same {
			t.Errorf("onePlaceOneThing(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := OnePlaceOneThing(c.b, c.a); got != c.same {
			t.Errorf("onePlaceOneThing(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
	}
}
