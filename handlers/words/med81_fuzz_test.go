package words_test

import (
	"testing"

	"gridbot/handlers/words"
)

// FuzzSettlementUnkept: any text asked as a question is no word that a
// settlement was not kept, and nothing panics.
func FuzzSettlementUnkept(f *testing.F) {
	for _, s := range []string{"说好三天给钱 到现在300块一分没给", "那300块钱我不给了", "他反悔了 不认账", "钱给了没", "300块钱张三给我了", "给没给"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if words.SettlementUnkept(s + "吗") {
			t.Errorf("%q asked is taken as unkept", s+"吗")
		}
	})
}

func TestSettlementUnkeptWords(t *testing.T) {
	for s, want := range map[string]bool{
		"说好三天给钱 到现在300块一分没给 这调解有啥用": true,
		"那300块钱我不给了":  true,
		"他反悔了 说好的不认账": true,
		"钱给了没":        false,
		"300块钱张三给我了":  false,
		"给没给钱啊":       false,
		"他还没给我回话":     false,
	} {
		if got := words.SettlementUnkept(s); got != want {
			t.Errorf("SettlementUnkept(%q) = %v, want %v", s, got, want)
		}
	}
}
