package words

import "testing"

// TestWorksAgainOfHandler: a handler's plain words that a thing works
// again, of the item they fit (BackToWork), and what is none (walk79).
func TestWorksAgainOfHandler(t *testing.T) {
	lamp := "村口那个路灯坏了好几天了 晚上黑咕隆咚的"
	for text, want := range map[string]bool{
		"村口路灯换了个灯泡 现在亮了": true,
		"沟挖通了":      true,
		"村口路灯又不亮了":  false,
		"还没亮":       false,
		"天亮了 我再去看看": false,
		"跟唐国平沟通了":   false,
	} {
		if got := WorksAgain(text); got != want {
			t.Errorf("WorksAgain(%q) = %v, want %v", text, got, want)
		}
	}
	if !BackToWork("村口路灯换了个灯泡 现在亮了", lamp) || BackToWork("沟挖通了", lamp) {
		t.Errorf("BackToWork of the lamp: lit yes, the ditch no")
	}
}

// TestLampNotLitOnePlaceOneThing: 「村口路灯不亮了」 and 「村口那个路灯坏了」
// are one place and one thing: 不亮 is kin of the lamp (walk79).
func TestLampNotLitOnePlaceOneThing(t *testing.T) {
	if !OnePlaceOneThing("村口那个路灯坏了好几天了 晚上黑咕隆咚的 啥也看不见", "村口路灯不亮了 谁管管") {
		t.Fatal("the lamp not lit is not the broken lamp")
	}
	if OnePlaceOneThing("村口路灯不亮了", "村口垃圾堆满了") {
		t.Fatal("the lamp is the rubbish")
	}
}
