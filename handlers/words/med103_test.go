package words

import (
	"testing"
	"unicode/utf8"
)

// TestPayOffPromisedIsNoPayment: 「腊月二十前还清」 in a 办结 is the promise a
// 回访 waits for; on main 还清 read as paid, so the settlement owed nothing,
// its day was never waited for and nobody was asked whether the money came.
func TestPayOffPromisedIsNoPayment(t *testing.T) {
	for note, paid := range map[string]bool{
		"两家谈妥 腊月二十前还清张三3000和周八800": false,
		"谈妥了 陈二月底前把钱还清":            false,
		"陈二答应分两次还清 正月十五前":          false,
		"说好三天内结清":                  false,
		"陈二保证年前付清800块":             false,
		"钱已经还清了":                   true,
		"腊月二十前还清了":                 true,
		"年底前已经还清":                  true,
		"两家两清":                     true,
		"当场给了300":                  true,
		"说好的钱给了":                   true,
		"300块到账了":                  true,
		"800块钱还清 两家签字":             true,
		"还没还清":                     false,
	} {
		if got := SaysPaid(note); got != paid {
			t.Errorf("SaysPaid(%q) = %v, want %v", note, got, paid)
		}
	}
}

// FuzzSaysPaid: any note is read without a panic, and a payment said done
// with 了 after the paying word is never taken for a promise.
func FuzzSaysPaid(f *testing.F) {
	for _, s := range []string{"腊月二十前还清", "钱已经还清了", "月底前把钱结清", "前还清还清了", "还清", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		_ = SaysPaid(s)
		if paidIn(s) && !paidIn(s+"，") {
			t.Errorf("%q: paid, not with a comma after", s)
		}
		if !paidIn("，" + s + "还清了") {
			t.Errorf("%q + 还清了 not paid", s)
		}
	})
}
