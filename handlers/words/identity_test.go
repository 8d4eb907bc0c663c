package words

import (
	"strings"
	"testing"
)

// FuzzIAmFields: the words read after 我是 are non-empty, hold no space
// and are found in the message, whatever a member types.
func FuzzIAmFields(f *testing.F) {
	f.Add("我是 陈二 QS-302")
	f.Add("我是陈二。")
	f.Add("我是\u3000王芳！！")
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range IamFields(s) {
			if w == "" || strings.ContainsAny(w, " \u3000") || !strings.Contains(s, w) {
				t.Fatalf("word %q not taken from %q", w, s)
			}
		}
	})
}

// FuzzKinSays: what a relative's "我是王奶奶的孙子，她家水管冻裂了" is read
// as, the villager's name and the matter, is taken from the message and
// leaves something said.
func FuzzKinSays(f *testing.F) {
	f.Add("我是王奶奶的孙子，她家水管冻裂了")
	f.Add("我是 陈二家的闺女 他摔了")
	f.Add("我是王奶奶的孙子")
	f.Add("我是王奶奶家隔壁的，她摔了")
	f.Fuzz(func(t *testing.T, s string) {
		m := KinSays.FindStringSubmatch(s)
		if m == nil {
			return
		}
		if m[1] == "" || strings.TrimSpace(m[3]) == "" || !strings.Contains(s, m[1]) || !strings.HasSuffix(s, m[3]) {
			t.Fatalf("%q read as %q, %q", s, m[1], m[3])
		}
	})
}
