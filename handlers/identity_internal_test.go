package handlers

import (
	"strings"
	"testing"

	"gridbot/bot"
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

// FuzzBindings: the confirmed names read back are those written, with
// their grid and account; an old line (name and person only) reads as
// one holding in any grid for any account.
func FuzzBindings(f *testing.F) {
	f.Add("山里人", "张三", "三组", "@abc", "老张")
	f.Add("a\tb", "c\nd", "", "", "")
	f.Add("x", "y", "一组", "", "")
	f.Add("x", "y", "", "", "小z")
	f.Fuzz(func(t *testing.T, from, name, grid, account, nick string) {
		if strings.ContainsAny(from+name+grid+account+nick, "\t\n\r") || from == "" || from == "x" {
			return
		}
		b := binding{From: from, Name: name, Grid: grid, Account: account, Nick: nick}
		got := parseBindings(formatBindings(bindings{b.key(): b, {"", "x"}: {From: "x", Name: "y"}}))
		if got[b.key()] != b || got[bindKey{"", "x"}] != (binding{From: "x", Name: "y"}) {
			t.Fatalf("%+v read back as %+v", b, got)
		}
		if _, ok := parseBindings([]byte("x\ty")).of("三组", bot.Message{From: "x", Account: "@any"}); !ok {
			t.Fatal("an old line does not hold")
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
		m := kinSays.FindStringSubmatch(s)
		if m == nil {
			return
		}
		if m[1] == "" || strings.TrimSpace(m[3]) == "" || !strings.Contains(s, m[1]) || !strings.HasSuffix(s, m[3]) {
			t.Fatalf("%q read as %q, %q", s, m[1], m[3])
		}
	})
}
