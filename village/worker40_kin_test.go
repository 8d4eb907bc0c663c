package village

import (
	"strings"
	"testing"
)

// FuzzKinMissing: KinMissing reads any text; each word it returns is a
// kin word (kinTerms, or a loose one: kinLoose) the text holds, once.
func FuzzKinMissing(f *testing.F) {
	for _, s := range []string{"我家老头子不见了", "俺老伴还没回来", "我妈走丢了", "我妈说王奶奶不见了", "我们家的孩子，不见了", "我我我妈妈妈不见", "我爸妈都走丢了", "小孩不见了", "家里老人找不到了", "王奶奶不见了", "姑娘不见了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, w := range KinMissing(s) {
			_, term := kinTerms[w]
			if _, loose := kinLoose[w]; !term && !loose || !strings.Contains(s, w) || seen[w] {
				t.Errorf("KinMissing(%q) gives %q", s, w)
			}
			seen[w] = true
		}
	})
}

// TestKinMissingWords: which kin words of an alarm say who is missing.
func TestKinMissingWords(t *testing.T) {
	for text, want := range map[string]string{
		"我家老头子不见了": "老头子",
		"俺老伴还没回来":  "老伴",
		"我妈走丢了":    "妈",
		"我家老头子一早出去放牛到现在还没回来": "老头子",
		"我妈说王奶奶不见了":          "",
		"王奶奶不见了，我妈在找":        "",
		"给我家老头子申请积分":         "",
	} {
		if got := strings.Join(KinMissing(text), ","); got != want {
			t.Errorf("KinMissing(%q) = %q, want %q", text, got, want)
		}
	}
}
