package cnnum

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRead: the numbers the chat words read (handlers/words' table) and
// the financial forms a register's sheet names use.
func TestRead(t *testing.T) {
	for in, want := range map[string]int{"一": 1, "两": 2, "十": 10, "十二": 12, "二十": 20, "二十五": 25, "三百零五": 305, "九百九十九": 999,
		"一千": 1000, "两千零五": 2005, "一万": 10000, "两万五千": 25000, "壹": 1, "贰拾壹": 21, "拾": 10, "一十": 10, "〇五": 5, "叁佰": 300} {
		if got, ok := Read(in); !ok || got != want {
			t.Errorf("Read(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "零", "二三", "十十", "百十百", "千万", "十万", "3", "一组", "组"} {
		if got, ok := Read(in); ok {
			t.Errorf("Read(%q) = %d, want not a number", in, got)
		}
	}
}

// TestLeading: the number a name starts with and what follows it, as
// roster's grid names are read (一组, 十二组, 二十一组, 贰组).
func TestLeading(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		n        int
	}{
		{"一组", "组", 1}, {"十二组", "组", 12}, {"二十组", "组", 20}, {"二十一组", "组", 21}, {"贰拾壹组", "组", 21},
		{"三组网格", "组网格", 3}, {"二三组", "三组", 2}, {"十万", "万", 10}, {"组", "组", 0}, {"零组", "零组", 0},
		{"1组", "1组", 0}, {"\xff组", "\xff组", 0}, {"一\xff", "\xff", 1},
	} {
		if n, rest := Leading(c.in); n != c.n || rest != c.rest {
			t.Errorf("Leading(%q) = %d, %q; want %d, %q", c.in, n, rest, c.n, c.rest)
		}
	}
}

// FuzzLeading: Leading reads a prefix of s below 十万, and Read agrees
// with it on the whole of s.
func FuzzLeading(f *testing.F) {
	for _, s := range []string{"一组", "三百零五分", "贰拾壹", "二三", "十万", "\xff", "两万五千零", "零五"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, rest := Leading(s)
		if !strings.HasSuffix(s, rest) || n < 0 || n >= 100000 || (n == 0) != (rest == s) {
			t.Fatalf("Leading(%q) = %d, %q", s, n, rest)
		}
		if m, ok := Read(s); ok != (n > 0 && rest == "") || ok && m != n {
			t.Fatalf("Read(%q) = %d, %v; Leading %d, %q", s, m, ok, n, rest)
		}
		if utf8.ValidString(s) && !utf8.ValidString(rest) {
			t.Fatalf("Leading(%q) rest %q not UTF-8", s, rest)
		}
	})
}
