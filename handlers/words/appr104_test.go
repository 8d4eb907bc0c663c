package words

import (
	"testing"
)

// TestAppr104Words: a premium paid twice, and a price remark beside
// another part asked.
func TestAppr104Words(t *testing.T) {
	for text, want := range map[string]bool{"医保交重复了": true, "我闺女在外地也交了一份 是不是重复了": true, "今年医保交了两份": true,
		"有职工医保 居民医保还用交不": true, "医保怎么交": false, "有职工医保": false, "别重复交": false, "医保交了没": false} {
		if got := DoublePaidAsked(text); got != want {
			t.Errorf("DoublePaidAsked(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"煤改电补贴啥时候发 电费太贵了": false, "医保太贵了 交不起": true, "医保今年交多少钱": true,
		"去哪办 太贵了": false, "医保啥时候交": false} {
		if got := AmountAsked(text); got != want {
			t.Errorf("AmountAsked(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzAppr104Words: the readers never panic; an amount asked is always
// one of AmountAsks, and a premium paid twice is told in a word of one.
func FuzzAppr104Words(f *testing.F) {
	for _, s := range []string{"医保交重复了", "煤改电补贴啥时候发 电费太贵了", "有职工医保 还用交不", "", "重复", "太贵"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AmountAsked(s) && !ContainsAnyOf(s, AmountAsks...) {
			t.Errorf("AmountAsked(%q) with no word of AmountAsks", s)
		}
		if DoublePaidAsked(s) && !ContainsAnyOf(s, "交", "缴", "重复", "职工", "两份") {
			t.Errorf("DoublePaidAsked(%q) in no word of paying", s)
		}
	})
}
