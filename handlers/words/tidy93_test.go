package words

import "testing"

// TestNamesHousehold: a household named by its head or name, not one's
// own nor one pointed back at.
func TestNamesHousehold(t *testing.T) {
	for text, want := range map[string]bool{
		"老刘家的狗天天叫":  true,
		"陈二家的鸡又进来了": true,
		"他家鸭子也老跑过来": false,
		"俺家菜地被踩了":   false,
		"村口路灯也坏了":   false,
	} {
		if got := NamesHousehold(text); got != want {
			t.Errorf("NamesHousehold(%q) = %v, want %v", text, got, want)
		}
	}
}
