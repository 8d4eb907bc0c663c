package handlers

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
		for _, w := range iamFields(s) {
			if w == "" || strings.ContainsAny(w, " \u3000") || !strings.Contains(s, w) {
				t.Fatalf("word %q not taken from %q", w, s)
			}
		}
	})
}

// FuzzBindings: the confirmed names read back are those written.
func FuzzBindings(f *testing.F) {
	f.Add("山里人", "张三")
	f.Add("a\tb", "c\nd")
	f.Fuzz(func(t *testing.T, from, name string) {
		if strings.ContainsAny(from+name, "\t\n") || from == "" || from == "x" {
			return
		}
		got := parseBindings(formatBindings(map[string]string{from: name, "x": "y"}))
		if got[from] != name {
			t.Fatalf("%q → %q read back as %q", from, name, got[from])
		}
	})
}
