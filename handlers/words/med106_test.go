package words

import "testing"

// TestPaidFirstIsPart (med106): a payment said as a first part
// (「我先还了1000」, 「先给了两千」, 「还了一部分」) is money still owed, so
// neither a settlement nor a creditor's answer reads it paid in full;
// 原先, 事先, 首先 are no first part.
func TestPaidFirstIsPart(t *testing.T) {
	for _, s := range []string{"我先还了1000", "先给了两千 剩下的年后给", "今天又先给了他五百", "还了一部分", "我先把一千块还了",
		"陈二当场先还了张三1000"} {
		if !PartlyPaid(s) {
			t.Errorf("%q: not read as paid in part", s)
		}
		if SaysPaid(s) || CreditorSaysPaid(s) {
			t.Errorf("%q: read as paid in full", s)
		}
	}
	for _, s := range []string{"原先给了他三千 早就还清了", "事先给了钱的", "首先还了钱再说"} {
		if PartlyPaid(s) {
			t.Errorf("%q: read as paid in part", s)
		}
	}
	for _, s := range []string{"原先给了他三千 早就还清了", "钱都还了"} {
		if !SaysPaid(s) {
			t.Errorf("%q: not paid", s)
		}
	}
}

func FuzzPaidFirst(f *testing.F) {
	for _, s := range []string{"我先还了1000", "原先给了", "先把1000转给他了", "先", "先还", "一部分"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if PartlyPaid(s) && SaysPaid(s) {
			t.Fatalf("%q: paid in part and in full", s)
		}
		_ = paidFirstRe.MatchString(s)
	})
}
