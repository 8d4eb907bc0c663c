package words

import (
	"testing"
)

func TestSplitAskedAndCallAnswer(t *testing.T) {
	for text, want := range map[string][2]string{
		"我马上过去 打120了吗": {"我马上过去", "打120了吗"},
		"我到了，人还有气吗？":   {"我到了", "人还有气吗？"},
		"马上到 叫救护车没有":   {"马上到", "叫救护车没有"},
		"打120了吗":       {"打120了吗", ""},
		"我马上过去":        {"我马上过去", ""},
	} {
		if s, a := SplitAsked(text); s != want[0] || a != want[1] {
			t.Errorf("splitAsked(%q) = %q, %q; want %q", text, s, a, want)
		}
	}
	for text, want := range map[string]string{"我马上过去 打120了吗": "120", "报警了没": "110", "马上到 叫救护车没有": "120", "我到了 人还有气吗": "", "能说话不": ""} {
		if n, _ := callAsked(text); n != want {
			t.Errorf("callAsked(%q) = %q, want %q", text, n, want)
		}
	}
	for text, want := range map[string][2]bool{"还没有": {false, true}, "没打": {false, true}, "不知道": {false, true}, "打了 救护车在路上": {true, true},
		"已经打了": {true, true}, "打了没人接": {false, false}, "爷爷还没醒": {false, false}, "吃饭了吗": {false, false}} {
		if called, ok := CallAnswer(text); called != want[0] || ok != want[1] {
			t.Errorf("callAnswer(%q) = %v, %v; want %v", text, called, ok, want)
		}
	}
}
