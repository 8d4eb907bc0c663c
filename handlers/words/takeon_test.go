package words

import (
	"testing"
)

// TestAtSceneOnTheWay: what reads as a cadre's being at an emergency, and
// as his being on his way to it.
func TestAtSceneOnTheWay(t *testing.T) {
	for text, want := range map[string][2]bool{
		"到了": {true, false}, "到了，正在组织大家打水": {true, false}, "刚到": {true, false}, "我到了 已经打了120": {true, false},
		"　我们到了": {true, false}, "消防车到了": {true, false},
		"到了吗": {false, false}, "我到时候再看": {false, false}, "明天到了再说": {false, false}, "春天到了": {false, false},
		"在路上了": {false, true}, "马上到": {false, true}, "正在赶过去": {false, true},
		"在路上 但是去不了了": {false, false}, "路上来不了": {false, false},
	} {
		if got := [2]bool{AtScene(text), OnTheWay(text)}; got != want {
			t.Errorf("atScene, onTheWay(%q) = %v; want %v", text, got, want)
		}
	}
}
