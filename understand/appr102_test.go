package understand

import (
	"strings"
	"testing"
)

func TestHomecomingRegistration(t *testing.T) {
	for text, want := range map[string]string{
		"过年回来的 是不是要去村里登记":     "过年返乡登记的 是不是要去村里登记",
		"在外面打工的 回家过年用不用去村里报备": "在外面打工的 返乡登记过年用不用去村里报备",
		"返乡人员要不要去村里登记":        "返乡人员要不要去村里登记",
		"结婚回来要去登记吗":           "结婚回来要去登记吗",
		"回来了 积分登记一下":          "回来了 积分登记一下",
		// lead106: home reached, 返乡 told without the guide's words
		"我腊月二十八到家 村里要不要登记啥的": "我腊月二十八返乡登记 村里要不要登记啥的",
		"返乡的人要不要到村里登记一下":     "返乡登记的人要不要到村里登记一下",
		"返乡人员登记表在哪领":         "返乡人员登记表在哪领",
		"孩子到家了 要不要去登记户口":     "孩子到家了 要不要去登记户口",
	} {
		if got := homecomingRegistration(text); got != want {
			t.Errorf("homecomingRegistration(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"医保断了一年 能补上吗": "医保断交一年 能补上吗",
		"养老保险断过两年":    "养老保险断交两年",
		"养老金断了 咋回事":   "养老金断了 咋回事",
		"水管断了":        "水管断了",
	} {
		if got := premiumBrokenRe.ReplaceAllString(text, "${1}断交"); got != want {
			t.Errorf("premium broken %q = %q, want %q", text, got, want)
		}
	}
}

// FuzzHomecomingCanon: the rewrites never panic, and change a text only
// where it tells coming home and registering, or a premium broken off.
func FuzzHomecomingCanon(f *testing.F) {
	for _, s := range []string{"过年回来的 是不是要去村里登记", "医保断了一年 能补上吗", "", "回来\xff登记", "回家。登记"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := homecomingRegistration(s)
		if got != s && (!strings.Contains(got, "返乡登记") || !containsAny(s, newLexicon("登记", "报备"))) {
			t.Errorf("homecomingRegistration(%q) = %q", s, got)
		}
		_ = canon(s)
	})
}
