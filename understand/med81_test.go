package understand_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

func TestTrimVent(t *testing.T) {
	for in, want := range map[string]string{
		"陈二家的牛把玉米吃了 气死我了": "陈二家的牛把玉米吃了",
		"狗天天叫，烦死了！ 气死人了":  "狗天天叫",
		"气死我了":    "气死我了",
		"这事把我气死了": "这事把我气死了",
	} {
		if got := understand.TrimVent(in); got != want {
			t.Errorf("TrimVent(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzTrimVent: the trimmed text is part of the text, and nothing panics.
func FuzzTrimVent(f *testing.F) {
	for _, s := range []string{"陈二家的牛把玉米吃了 气死我了", "气死我了", "，气死了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := understand.TrimVent(s)
		if got != "" && !strings.Contains(s, got) {
			t.Errorf("TrimVent(%q) = %q, not part of it", s, got)
		}
	})
}
