package understand

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTrimAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"村口路灯又不亮了 晚上黑乎乎的 另外我昨天帮王奶奶把院子的雪扫了 能加分不", "村口路灯又不亮了 晚上黑乎乎的"},
		{"后坡那块井盖不见了，对了，俺前天把村口的雪都铲了 给加点分", "后坡那块井盖不见了"},
		{"村口的雪我扫了 另外王奶奶家的也扫了 能加分不", "村口的雪我扫了 另外王奶奶家的也扫了 能加分不"},
		{"另外 路灯坏了", "另外 路灯坏了"},
		{"路灯坏了", "路灯坏了"},
	} {
		if got := TrimAside(c.in); got != c.want {
			t.Errorf("TrimAside(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

// FuzzTrimAside: any text comes back whole or as a non-empty head of
// itself, never longer, valid UTF-8 kept valid.
func FuzzTrimAside(f *testing.F) {
	for _, s := range []string{"村口路灯又不亮了 另外我扫了雪 能加分不", "另外", "井盖没了对了\xff加分", "🙂另外"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := TrimAside(s)
		if got == s {
			return
		}
		if got == "" || !strings.HasPrefix(s, got) {
			t.Fatalf("TrimAside(%q) = %q, no head of it", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("TrimAside(%q) = %q, invalid UTF-8", s, got)
		}
	})
}
