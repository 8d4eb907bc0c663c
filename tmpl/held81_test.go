package tmpl_test

import (
	"strings"
	"testing"

	"gridbot/tmpl"
)

func TestOpening(t *testing.T) {
	for text, want := range map[string]string{
		"【夜里反映】张三在群里反映 #R1": "【夜里反映】",
		"【突发补充·进展】青山村三组":    "【突发补充·进展】",
		"好的，已记下":            "",
		"【没关上\n】":           "",
		"【】空":               "【】",
		"张三【不在开头】":          "",
	} {
		if got := tmpl.Opening(text); got != want {
			t.Errorf("Opening(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzOpening(f *testing.F) {
	for _, s := range []string{"【夜里反映】张三", "【", "【\n】", "abc", "【积分申请】"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o := tmpl.Opening(s)
		if o == "" {
			return
		}
		if !strings.HasPrefix(s, o) || !strings.HasPrefix(o, "【") || !strings.HasSuffix(o, "】") || strings.Contains(o, "\n") {
			t.Errorf("Opening(%q) = %q", s, o)
		}
	})
}
