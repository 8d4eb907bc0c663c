package understand

import (
	"testing"
	"unicode/utf8"
)

// TestDebtOwed: a creditor telling a sum owed him is a debt to mediate,
// whether or not he says the debtor will not pay (med102); his own debt,
// one paid, a favour or a meal owed are none.
func TestDebtOwed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"陈二欠我八百块", true},
		{"陈二欠我钱 八百块 赊了半年", true},
		{"老刘欠我两千多块钱 快一年了", true},
		{"隔壁老赵欠我3000 眼看要过年了", true},
		{"他欠我们家一万二", true},
		{"他家在我店里赊了半年的账 六百多", true},
		{"赊账一年多了 一直拖着", true},
		{"我欠陈二八百块 明天就还他", false},
		{"陈二早就不欠我钱了 上个月还清了", false},
		{"你还欠我一顿饭呢哈哈", false},
		{"他欠我一个人情", false},
		{"陈二欠我八百块吗", false},
		{"我去赊点化肥", false},
	} {
		if got := debtOwed(canon(c.text)); got != c.want {
			t.Errorf("debtOwed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzDebtOwed: no text panics debtOwed, and text without 欠, 赊 or 借
// (med103: money lent) owes nothing.
func FuzzDebtOwed(f *testing.F) {
	for _, s := range []string{"陈二欠我八百块", "赊了半年", "欠我们家的钱", "欠我", "不欠我钱了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		t2 := canon(s)
		if debtOwed(t2) && !containsAny(t2, newLexicon("欠", "赊", "借")) {
			t.Errorf("debtOwed(%q) without 欠, 赊 or 借", s)
		}
	})
}

// TestAnotherQuarrel: what a settled quarrel was about against what is
// told after it (med102).
func TestAnotherQuarrel(t *testing.T) {
	cow := Hear("陈二家的牛天天跑我家麦地里吃麦苗 说了好几次也不管")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"陈二家的鸡又天天跑我家菜地里刨", true},
		{"他家的狗天天半夜叫", true},
		{"陈二家的牛又跑我家麦地里了", false},
		{"牛又来了 这回把菜也吃了", false},
		{"麦地里又被踩了", false},
		{"又来了", false},
	} {
		if got := AnotherQuarrel(Hear(c.text), cow); got != c.want {
			t.Errorf("AnotherQuarrel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
