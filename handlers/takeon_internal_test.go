package handlers

import "testing"

// TestTakesOn: what reads as a cadre's taking a matter on.
func TestTakesOn(t *testing.T) {
	for text, want := range map[string]string{
		"收到 马上去看": "马上去看", "好的 我下午过去": "下午过去", "知道了 明天去修": "明天去修", "马上过去": "马上过去",
		"好的，这就来看看": "这就来看看",
		"收到":       "", "好的": "", "收到 去不了": "", "收到 几点去？": "", "谢谢 马上去": "", "村口路灯坏了去看看": "",
	} {
		got, ok := takesOn(text)
		if got != want || ok != (want != "") {
			t.Errorf("takesOn(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}
