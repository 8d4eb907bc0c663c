package words

import (
	"gridbot/internal/fuzzseed"
	"strings"
	"testing"
)

// FuzzStripMention: whatever the text, what is left is part of it, and a
// text that does not start with or hold the bot's name is never taken as
// calling it.
func FuzzStripMention(f *testing.F) {
	for _, s := range []string{"@网格小助手 积分在哪里查", "小助手 我怎么申请积分", "网格小助手，谢谢", "小助手你好", "小助手说的不对", "小助手", "张三，积分在哪查", "@网格小助手"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		rest, ok := StripMention(text, "网格小助手")
		if !ok && rest != strings.TrimSpace(text) {
			t.Errorf("%q: not called, yet changed to %q", text, rest)
		}
		if ok && !strings.Contains(text, "小助手") {
			t.Errorf("%q: called without the name", text)
		}
		if ok && len(rest) >= len(text) && strings.Contains(text, "小助手") {
			t.Errorf("%q: called, yet nothing taken off (%q)", text, rest)
		}
	})
}

func TestCalledBy(t *testing.T) {
	for _, c := range []struct {
		text, rest string
		ok         bool
	}{
		{"小助手 我怎么申请积分", "我怎么申请积分", true},
		{"网格小助手，积分怎么用", "积分怎么用", true},
		{"小助手你好，积分在哪查", "积分在哪查", true},
		{"小助手", "", true},
		{"小助手说的不对", "", false},
		{"我问了小助手", "", false},
	} {
		rest, ok := calledBy(c.text, "网格小助手")
		if rest != c.rest || ok != c.ok {
			t.Errorf("calledBy(%q) = %q, %v; want %q, %v", c.text, rest, ok, c.rest, c.ok)
		}
	}
}
