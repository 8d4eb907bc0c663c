package words

import (
	"strings"
	"testing"
)

func TestCreditorSaysPaid(t *testing.T) {
	for text, want := range map[string]bool{
		"钱收到了": true, "陈二把800给我了": true, "还了 谢谢": true, "八百块收到了": true, "给清了": true,
		"收到了": false, "好的": false, "只给了500 还差300": false, "钱给了吗": false, "还没给": false,
		"一分没给": false, "给了一半": false, "剩下的说过年给": false, "说好的钱没给": false,
	} {
		if got := CreditorSaysPaid(text); got != want {
			t.Errorf("CreditorSaysPaid(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzCreditorSaysPaid(f *testing.F) {
	for _, s := range []string{"钱收到了", "陈二把800给我了", "只给了500 还差300", "钱给了吗", "收到了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !CreditorSaysPaid(s) {
			return
		}
		if ContainsAnyOf(s, partPaidWords...) || strings.ContainsAny(s, "?？吗") && !SaysPaid(paidToMe.Replace(s)) {
			t.Errorf("%q read as paid in full", s)
		}
		if SettlementUnkept(paidToMe.Replace(s)) {
			t.Errorf("%q unkept and paid", s)
		}
	})
}
