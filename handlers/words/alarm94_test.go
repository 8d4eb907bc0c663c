package words

import "testing"

// TestMissingApart: two missing-person alarms are two people when their
// kin words, names or ages cannot be one person; naming no one, or the
// same one, they are not (alarm94).
func TestMissingApart(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		apart bool
	}{
		{"我妈不见了", "我家小孩也找不到了", true},
		{"我妈不见了", "我爸也不见了", true},
		{"我儿子不见了", "我女儿也找不到了", true},
		{"我妈不见了", "小明也不见了", true},
		{"小明放学没回来", "小红也没回来", true},
		{"一个七十多岁的老人走丢了", "五岁的孩子不见了", true},
		{"我妈不见了", "我家老娘还没找到", false},
		{"我妈不见了", "还没找到", false},
		{"我家孩子不见了", "我儿子穿红衣服", false},
		{"我家小孩不见了", "孙子还没回来", false},
		{"王奶奶走丢了", "奶奶还没找到", false},
		{"小明放学没回来", "小明穿蓝衣服", false},
		{"我妈不见了", "我家姑娘说看见她往后山去了", false},
	} {
		if got := MissingApart(c.a, c.b); got != c.apart {
			t.Errorf("MissingApart(%q, %q) = %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}

// TestDescribed: what someone looked for wears, his age and build are
// news of the search; advice to dress warm is not.
func TestDescribed(t *testing.T) {
	for text, want := range map[string]bool{
		"是我妈 穿蓝棉袄":   true,
		"七十多岁 个子不高":  true,
		"戴着一顶红帽子":    true,
		"拄着拐":        true,
		"天冷了 大家多穿衣服": false,
		"还没找到":       false,
		"她穿什么衣服":     false,
	} {
		if got := Described(text); got != want {
			t.Errorf("Described(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzMissingApart: any two texts are one person or two the same way
// round, and a text is never apart from itself.
func FuzzMissingApart(f *testing.F) {
	for _, s := range []string{"我妈不见了", "我家小孩也找不到了", "小明也不见了", "七十多岁", "王奶奶走丢了", "姑娘", "八十三岁的老人", "张三不见了", "张三家的狗不见了"} {
		f.Add(s, "我妈还没找到")
	}
	f.Add("张三不见了", "王奶奶找不到了")
	roster := []string{"张三", "王奶奶", "石德贵"} // lost96: roster names count as names
	f.Fuzz(func(t *testing.T, a, b string) {
		if MissingApart(a, a) || MissingApart(a, a, roster...) {
			t.Errorf("MissingApart(%q, itself)", a)
		}
		if MissingApart(a, b) != MissingApart(b, a) || MissingApart(a, b, roster...) != MissingApart(b, a, roster...) {
			t.Errorf("MissingApart(%q, %q) not symmetric", a, b)
		}
		_ = Described(a)
	})
}
