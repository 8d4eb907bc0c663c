package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestIamHome: a name followed by his coming home or being new is a
// self-introduction; a name followed by a matter, a group or a clause too
// long is not, nor a name glued to what follows.
func TestIamHome(t *testing.T) {
	for text, want := range map[string]string{
		"我是刘大 刚从广东回来过年":   "刘大",
		"我是陈小凤，刚从深圳打工回来":  "陈小凤",
		"我是 王乐 放假回来了":     "王乐",
		"我是李富贵。新搬来的 住村东头": "李富贵",
		"我是刘二 家里水管冻裂了":    "",
		"我是三组的 刚回来":       "",
		"我是刘大刚从广东回来过年":    "",
		"我是刘大":            "",
		"大家好 我是刘大 回来过年":   "",
		"我是刘大 回来过年了 村口路灯坏了好几天了 晚上黑乎乎的 谁管一下": "",
	} {
		name, ok := IamHome(text)
		if ok != (want != "") || name != want {
			t.Errorf("IamHome(%q) = %q, %v; want %q", text, name, ok, want)
		}
	}
}

// FuzzIamHome: whatever the text, a name read is one 我是 names, two to
// four Han characters, found in the text.
func FuzzIamHome(f *testing.F) {
	for _, s := range []string{"我是刘大 刚从广东回来过年", "我是陈小凤，刚从深圳打工回来", "我是\u3000王乐。回来了", "我是", "我是 ，回来了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		name, ok := IamHome(text)
		if !ok {
			if name != "" {
				t.Fatalf("IamHome(%q) = %q without ok", text, name)
			}
			return
		}
		if n := utf8.RuneCountInString(name); n < 2 || n > 4 || !strings.Contains(text, name) || !strings.HasPrefix(text, string(VIam)) {
			t.Fatalf("IamHome(%q) = %q", text, name)
		}
	})
}
