package understand

import (
	"testing"
	"unicode/utf8"
)

// TestLentDebt (med102's Left 2): money someone borrowed of the sender, to
// be paid back, is a debt to mediate even before its day; a loan asked
// for, a thing lent, or the sender's own borrowing is none.
func TestLentDebt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"陈二去年借我五千块 说好年底还 眼看过年了", true},
		{"老孙前年借了我三千块 说好秋收完还", true},
		{"刘大借了我们家八千块钱 讲好腊月前还的", true},
		{"借我五百块 过年回来就还你", false},
		{"陈二借我一台三轮车 说好用完就还", false},
		{"我借了老孙五千块 年底前还他", false},
		{"他想借我两千块 说年底还", false},
		{"陈二借我五千块 帮我渡过难关", false}, // no paying back told
		{"陈二借我五千块 早就还清了", false},
	} {
		if got := debtOwed(canon(c.text)); got != c.want {
			t.Errorf("debtOwed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzLentDebt: a loan read from 借 always has 还 after it, and something
// said before it.
func FuzzLentDebt(f *testing.F) {
	for _, s := range []string{"陈二借我五千块 说好年底还", "借我五百块 就还", "借了我们家八千块钱还", "他借我钱还"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		t2 := canon(s)
		if m := lentByMeRe.FindStringIndex(t2); m != nil && m[0] == 0 && !owedToMeRe.MatchString(t2) && !creditLongRe.MatchString(t2) && len(lentByMeRe.FindAllStringIndex(t2, -1)) == 1 && debtOwed(t2) {
			t.Errorf("debtOwed(%q): a loan asked for, none named", s)
		}
	})
}
