package words

import "testing"

// TestThingFixed: a thing named 好了 is fixed; a bare 好了, what was done
// (说好了, 准备好了), a person, or a question is not.
func TestThingFixed(t *testing.T) {
	for text, want := range map[string]bool{
		"灯好了": true, "路灯好了": true, "水管也好了": true, "灯好了！": true,
		"好了": false, "好了好了": false, "说好了": false, "准备好了": false, "商量好了": false,
		"我好了": false, "灯好了吗": false, "灯好了 就是还闪": false, "饭做好了没": false,
	} {
		if got := thingFixed(text); got != want {
			t.Errorf("thingFixed(%q) = %v, want %v", text, got, want)
		}
	}
}
