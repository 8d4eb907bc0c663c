package words

import (
	"testing"
)

// TestAppr105Words: a scheme's payout of the year asked, someone asked to
// come, and a yes-or-no 不 ending a clause mid-message.
func TestAppr105Words(t *testing.T) {
	for text, want := range map[string]bool{"取暖补贴今年还发不发": true, "今年有没有取暖补贴": true, "今年还有烤火费吗 冷死了": true, "取暖补贴是不是不发了": true,
		"取暖补贴今年啥时候发": false, "低保还有什么要带的吗": false, "取暖补贴怎么申请": false, "还有多少天过年": false} {
		if got := PayoutNewsAsked(text); got != want {
			t.Errorf("PayoutNewsAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"那村里能上门不": true, "那村里能上门不 我腿脚不好": true, "俺走不动 村里能来人不": true, "能派人来家里办吗": true,
		"医保在家能交吗": false, "上门了": false, "村里来人了": false} {
		if got := HomeVisitAsked(text); got != want {
			t.Errorf("HomeVisitAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"能代办不": true, "能上门不 我腿脚不好": true, "我腿脚不好": false, "不": false, "能不": false} {
		if got := AsksSomething(text); got != want {
			t.Errorf("AsksSomething(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzAppr105Words: the readers never panic; someone asked to come is
// always a question, and a payout asked is in a word of having or paying.
func FuzzAppr105Words(f *testing.F) {
	for _, s := range []string{"取暖补贴今年还发不发", "今年还有烤火费吗", "那村里能上门不 我腿脚不好", "", "不", "有吗", "还有 不"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if HomeVisitAsked(s) && !AsksSomething(s) {
			t.Errorf("HomeVisitAsked(%q) asks nothing", s)
		}
		if PayoutNewsAsked(s) && !ContainsAnyOf(s, "发", "有", "给", "取消", "停") {
			t.Errorf("PayoutNewsAsked(%q) in no word of paying", s)
		}
	})
}
