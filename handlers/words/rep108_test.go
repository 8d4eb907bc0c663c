package words

import "testing"

func TestPressesOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"电线那个咋还没人来":      true,
		"到底有人管没有":        true,
		"路灯什么时候来修啊":      true,
		"电线又垂下来了 咋还没人来":  false, // back again
		"还是不亮 到底有人管没有":   false,
		"还没修好 咋还没人来":     false,
		"还没":             false, // no press: a bare answer
		"谢谢 修好了":         false,
		"咋还没人来 跟原来一样垂着呢": false,
	} {
		if got := PressesOnly(text); got != want {
			t.Errorf("PressesOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPressesNamed(t *testing.T) {
	for text, want := range map[string]bool{
		"电线那个咋还没人来":           true,
		"村口那段冰到底有人管没有":        true,
		"狗的事到底有人管没有":          true,
		"到底有人管没有":             false, // names nothing
		"我家也没水了 啥时候来水啊":       false, // a me-too
		"我家门口的电线啥时候来修":        false, // his own place
		"我那件怎么还没人管":           false, // his own matter
		"后院的树长到电线上了 啥时候来修剪一下": false, // tells a matter
		"电线垂得老低 过路的都得低头":      false, // no press
	} {
		if got := PressesNamed(text); got != want {
			t.Errorf("PressesNamed(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzPresses: the press readers take any text a villager may send.
func FuzzPresses(f *testing.F) {
	for _, s := range []string{"电线那个咋还没人来", "我家也没水了 啥时候来水啊", "", "咋还没", "到底到底", "\xff咋还没人"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		only, named := PressesOnly(s), PressesNamed(s)
		if (only || named) && !ContainsAnyOf(s, ChaseWords...) {
			t.Errorf("%q: a press with no chase word", s)
		}
	})
}
