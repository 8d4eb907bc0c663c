package understand

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMatters (villager32): the matters a follow-up question names of its
// own, whatever word ends them; the words every procedure uses, who may
// apply, and what is brought name none.
func TestMatters(t *testing.T) {
	for text, want := range map[string][]string{
		"孩子的助学金在哪申请":     {"助学金"},
		"对了 孩子上学的学费能减免不": {"学费"},
		"村里的公益岗位咋报名":     {"公益岗"},
		"俺家厕所改造的钱啥时候给":   {"厕所"},
		"学校的补助啥时候发":      {"学校"},
		"高龄补贴的钱啥时候到":     {"高龄"},
		"要带户口本吗":         nil,
		"还要复印医保卡不":       nil,
		"要啥材料 手续麻烦不":     nil,
		"残疾人能办不":         nil,
		"多久能批下来":         nil,
		"医保卡丢了咋补办":       {"医保卡"},
	} {
		if got := Matters(Hear(text)); !slices.Equal(got, want) {
			t.Errorf("Matters(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzMatters: every matter found is said in the text, or is two letters
// of it; none is empty.
func FuzzMatters(f *testing.F) {
	for _, s := range []string{"孩子的助学金在哪申请", "的补贴", "补贴", "a补贴", "要带户口本吗", "\xff\xfe改造", "学校的的补助"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Matters(Hear(s)) {
			if m == "" || !utf8.ValidString(m) || !strings.Contains(s, m) {
				t.Fatalf("Matters(%q) holds %q, not said in it", s, m)
			}
		}
	})
}
