package words

import (
	"testing"
)

func TestBareDissatisfied(t *testing.T) {
	for text, want := range map[string]bool{
		"不行": true, "还是不满意": true, "我不同意！": true, "不行吗": false,
		"不行 我今天下午要去镇上开会": false, "灯还是不亮": false, "好的": false,
	} {
		if got := BareDissatisfied(text); got != want {
			t.Errorf("bareDissatisfied(%q) = %v, want %v", text, got, want)
		}
	}
}
