package words

import "testing"

func TestKeepsMeOut(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		ok       bool
	}{
		{"陈二家院墙快被雪压塌了 朝着路那边歪 别说是我说的", "陈二家院墙快被雪压塌了 朝着路那边歪", true},
		{"老刘家烟囱冒黑烟，替我保密啊！", "老刘家烟囱冒黑烟", true},
		{"村口电线掉下来了", "村口电线掉下来了", false},
		{"我说的是村口那根电线", "我说的是村口那根电线", false},
	} {
		rest, ok := KeepsMeOut(c.in)
		if rest != c.rest || ok != c.ok {
			t.Errorf("KeepsMeOut(%q) = %q, %v; want %q, %v", c.in, rest, ok, c.rest, c.ok)
		}
	}
}

func FuzzKeepsMeOut(f *testing.F) {
	f.Add("陈二家院墙快塌了 别说是我说的")
	f.Add("匿名")
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := KeepsMeOut(s)
		if !ok && rest != s {
			t.Fatalf("changed without a secrecy clause: %q → %q", s, rest)
		}
		if len(rest) > len(s) {
			t.Fatalf("grew: %q → %q", s, rest)
		}
	})
}
