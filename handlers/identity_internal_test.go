package handlers

import (
	"strings"
	"testing"

	"gridbot/bot"
)

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
