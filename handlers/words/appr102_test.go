package words

import (
	"testing"
	"unicode/utf8"
)

func TestBackPayDeadlinePhone(t *testing.T) {
	for _, c := range []struct {
		text                       string
		backPay, deadline, noPhone bool
	}{
		{"养老保险断交了两年 还能补交不", true, false, false},
		{"医保断了一年 能补上吗", true, false, false},
		{"今年的医保还没交 过了年还能交吗", false, false, false},
		{"31号之前还来得及不", false, true, false},
		{"月底交还赶得上吗", false, true, false},
		{"补交还来得及不 受不受影响", false, false, false},
		{"她自己不会弄手机", false, false, true},
		{"俺娘没有智能手机", false, false, true},
		{"手机快没电了", false, false, false},
	} {
		if got := BackPayAsked(c.text); got != c.backPay {
			t.Errorf("BackPayAsked(%q) = %v", c.text, got)
		}
		if got := DeadlineAsked(c.text); got != c.deadline {
			t.Errorf("DeadlineAsked(%q) = %v", c.text, got)
		}
		if got := CannotUsePhone(c.text); got != c.noPhone {
			t.Errorf("CannotUsePhone(%q) = %v", c.text, got)
		}
	}
}

// FuzzBackPayDeadlinePhone: the readers never panic, and each holds only
// when a word it needs is there.
func FuzzBackPayDeadlinePhone(f *testing.F) {
	for _, s := range []string{"养老保险断交了两年 还能补交不", "31号之前还来得及不", "她自己不会弄手机", "", "号", "补\xff断了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if BackPayAsked(s) && !ContainsAnyOf(s, backPays...) {
			t.Errorf("BackPayAsked(%q) with no back pay", s)
		}
		if DeadlineAsked(s) && !ContainsAnyOf(s, inTimeAsks...) {
			t.Errorf("DeadlineAsked(%q) with no in-time ask", s)
		}
		if CannotUsePhone(s) && !utf8.ValidString(s) && !ContainsAnyOf(s, noPhoneUse...) {
			t.Errorf("CannotUsePhone(%q)", s)
		}
	})
}
