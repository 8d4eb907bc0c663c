package village

import "testing"

// TestSoundsAlike: names typed by their sound (fuzzy zh/z, -ng/-n as
// pinyin input methods offer), not the same name, not one character off
// in sound.
func TestSoundsAlike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"张山", "张三", true}, {"章三", "张三", true}, {"陈而", "陈二", true}, {"程二", "陈二", true},
		{"张明", "张三", false}, {"张三", "张三", false}, {"张三丰", "张三", false}, {"张亮", "张明", false},
		{"赵陆", "赵六", false}, // 陆 lù, 六 liù
	} {
		if got := SoundsAlike(c.a, c.b); got != c.want {
			t.Errorf("SoundsAlike(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
