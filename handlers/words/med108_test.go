package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestPaidSumMoved (med107's leftover 2): money sent by phone with the sum
// between the paying and its 了 is read as paid; a demand is not.
func TestPaidSumMoved(t *testing.T) {
	for text, want := range map[string]int{
		"转给我2000了":       2000,
		"他微信转给我2000了":    2000,
		"给我转了两千":         2000,
		"他微信转了1500":      1500,
		"打了1000过来":       1000,
		"2000已经转过来了":     2000,
		"还我1000了":        1000,
		"我转给他2000了":      2000,
		"我给他转了500":       500,
		"还我2000":         0, // a demand
		"快转给我2000":       0,
		"转给我2000了吗":      0,
		"说好转给我2000 一分没给": 0,
	} {
		if got := PaidSum(text); got != want {
			t.Errorf("PaidSum(%q) = %d, want %d", text, got, want)
		}
	}
	if !PartlyPaid("转给我1000了 还差2000") || !PartlyPaid("他是给过我一千 就差一千五") {
		t.Errorf("PartlyPaid(转给我1000了 还差2000) = false")
	}
	if !CreditorSaysPaid("他转给我800了") {
		t.Errorf("CreditorSaysPaid(他转给我800了) = false")
	}
}

// TestRelaysPromise (med107's leftover 1): the creditor's word of what the
// debtor said he will pay; his own demand, a broken promise or a question
// is none.
func TestRelaysPromise(t *testing.T) {
	isName := func(s string) bool { return s == "陈二" }
	for text, want := range map[string]bool{
		"他说年前还":           true,
		"刚才碰见他了 他说年前还":    true,
		"他答应月底前还我":        true,
		"陈二说等卖了猪就还":       true,
		"他儿子说过几天就给":       true,
		"他说 年前一定还":        true,
		"我跟他说了 年前必须还":     false,
		"他说年前还 到现在也没还":    false,
		"他说年前还？":          false,
		"他说凭什么还你":         false,
		"他说他家羊跑了":         false,
		"年前一定还你":          false, // the debtor's own: PromisesPay
		"他说年前还 谁信啊 都说三年了": true,
	} {
		if got := RelaysPromise(text, isName); got != want {
			t.Errorf("RelaysPromise(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSamePayment (med107's leftover 3): a sum the other side said and
// nobody matched is the same payment; 又 makes another. med109: MatchPayment
// replaced SamePayment (a side's own repeat is OwnPayment, not new).
func TestSamePayment(t *testing.T) {
	at := time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC)
	rep := village.Report{Type: village.Mediation, Text: "陈二借我三千块", Status: village.StatusInProgress}
	rep.Tell("陈二", at, DebtorSays+"已还一部分：我还了1000（共3000元，还差2000元）")
	same := func(debtor bool, sum int, text string) bool {
		m, _ := MatchPayment(rep, debtor, sum, text, at.Add(time.Minute), time.UTC)
		return m == TheirPayment
	}
	if !same(false, 1000, "他还了我1000") {
		t.Errorf("the creditor's 1000 after the debtor's: not the same")
	}
	if same(false, 1000, "他又还了1000") || same(false, 500, "他还了500") || same(true, 1000, "我还了1000") {
		t.Errorf("another payment read as the same")
	}
	if got := DebtorClaimed(rep, time.UTC); got != 1000 {
		t.Errorf("DebtorClaimed = %d, want 1000", got)
	}
	rep.Tell("张三", at.Add(time.Hour), PartPaidNote+"他还了我1000（共3000元，还差2000元）")
	if same(false, 1000, "他还了我1000") {
		t.Errorf("the matched payment matched again")
	}
	if got := DebtorClaimed(rep, time.UTC); got != 0 {
		t.Errorf("DebtorClaimed = %d, want 0 (matched)", got)
	}
	if got := ReporterPaid(rep, time.UTC); got != 1000 {
		t.Errorf("ReporterPaid = %d, want 1000", got)
	}
}

// FuzzRelaysPromise: the readers of outside text never panic, and what
// paidSaid reads paid is a sum PaidSum finds no less than zero.
func FuzzRelaysPromise(f *testing.F) {
	for _, s := range []string{"他说年前还", "转给我2000了", "2000已经转过来了", "他说", "给我转了两千", "说说说", "某某说年前还我"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		RelaysPromise(s, func(n string) bool { return n == "陈二" })
		if n := PaidSum(s); n < 0 {
			t.Errorf("PaidSum(%q) = %d", s, n)
		}
		PartlyPaid(s)
		CreditorSaysPaid(s)
	})
}
