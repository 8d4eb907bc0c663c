package understand

import "testing"

func TestTendsSkipsLookalikes(t *testing.T) {
	for _, c := range []struct {
		cadre, item string
		want        bool
	}{
		{"下午拉车盐过去撒", "村口那段路结冰了", true},
		{"村口的冰我去看看", "村口那段路结冰了", true},
		{"冰箱的事我问问", "村口那段路结冰了", false},
		{"冰箱我下午去看", "王奶奶家冰箱坏了", false},
		{"下午去撒盐", "王奶奶家冰柜不制冷了", false},
		{"明天找人疏通", "下水道堵了", true},
		{"明天找人疏通", "镇上堵车了", false},
	} {
		if got := Tends(c.cadre, c.item); got != c.want {
			t.Errorf("Tends(%q, %q) = %v, want %v", c.cadre, c.item, got, c.want)
		}
	}
}

func TestPlansToGoNotWorkAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		goes bool
	}{
		{"今天有啥要处理的", false},
		{"今天要处理哪些", false},
		{"有什么事要办的", false},
		{"我去处理", true},
		{"明天去看看啥情况", true},
	} {
		if _, goes := PlansToGo(c.text); goes != c.goes {
			t.Errorf("PlansToGo(%q) goes %v, want %v", c.text, goes, c.goes)
		}
	}
}

// TestLead107GroceriesAsked: groceries asked of the grid for one who
// cannot go out is a report; an errand asked of anyone, or a snowed-in
// evening, stays chat.
func TestLead107GroceriesAsked(t *testing.T) {
	checkReads(t, []readCase{
		{"groceries for mother", "王五 俺娘腿脚不好 这几天雪大 能不能帮忙买点菜送过来", reportIn(catOther)},
		{"rice for father", "俺爹一个人在家 下雪出不了门 能不能帮着买袋米", reportIn(catOther)},
		{"an errand", "谁去镇上 帮忙买两斤肉回来", noiseIn(catOther)},
	})
}
