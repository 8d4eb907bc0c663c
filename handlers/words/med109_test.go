package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestMatchPaymentOwn (med108's leftover 1): a side's own payment said
// again is that one (OwnPayment), not another; 又, or a payment of a later
// day, is new.
func TestMatchPaymentOwn(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 12, 8, 10, 0, 0, 0, loc)
	rep := village.Report{Type: village.Mediation, Text: "陈二借我三千块", Status: village.StatusInProgress}
	rep.Tell("张三", at, PartPaidNote+"他还了我1000（共3000元，还差2000元）")
	for _, tc := range []struct {
		text  string
		after time.Duration
		want  PaymentMatch
	}{
		{"他还了我1000", time.Minute, OwnPayment},
		{"他还了我1000", 26 * time.Hour, OwnPayment}, // told again the next day
		{"他昨天还了我1000", 24 * time.Hour, OwnPayment},
		{"他又还了我1000", time.Minute, NewPayment},
		{"今天他还了我1000", 24 * time.Hour, NewPayment},
		{"12月10号他还了1000", 3 * 24 * time.Hour, NewPayment},
		{"他还了我500", time.Minute, NewPayment},
		{"他还了我1000 剩下的腊月二十前给", time.Minute, OwnPayment}, // the rest's day is no payment's
	} {
		if got, said := MatchPayment(rep, false, PaidSum(tc.text), tc.text, at.Add(tc.after), loc); got != tc.want || got == OwnPayment && !said.Equal(at) {
			t.Errorf("MatchPayment(%q, +%v) = %v %v, want %v", tc.text, tc.after, got, said, tc.want)
		}
	}
	rep.Tell("张三", at.Add(time.Hour), PartPaidNote+"他还了我1000（共3000元，还差2000元）")
	if got := ReporterPaid(rep, loc); got != 1000 {
		t.Errorf("ReporterPaid = %d after a repeat, want 1000", got)
	}
	rep.Tell("张三", at.Add(2*time.Hour), PartPaidNote+"他又还了我1000（共3000元，还差1000元）")
	if got := ReporterPaid(rep, loc); got != 2000 {
		t.Errorf("ReporterPaid = %d after 又, want 2000", got)
	}
	// the debtor's own repeat is his, not confirmed by the creditor's
	rep.Tell("陈二", at.Add(3*time.Hour), DebtorSays+"已还一部分：我还了他1000")
	rep.Tell("陈二", at.Add(4*time.Hour), DebtorSays+"已还一部分：我还了他1000")
	if got := DebtorClaimed(rep, loc); got != 0 {
		t.Errorf("DebtorClaimed = %d, want 0 (his two match 张三's two)", got)
	}
}

// TestPaymentDueFromPromise (med108's leftover 2): a 办结 naming no day
// falls back on the day promised while it was mediated; its own day
// stands.
func TestPaymentDueFromPromise(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 12, 8, 10, 0, 0, 0, loc)
	settle := func(promise, note string) village.Report {
		rep := village.Report{Type: village.Mediation, Text: "陈二借我三千块", Status: village.StatusResolved}
		rep.Tell("张三", at, promise)
		rep.History = append(rep.History, village.Entry{At: at.Add(3 * time.Hour), By: "李四", Action: village.ActResolve, Note: note})
		return rep
	}
	want := time.Date(2027, 1, 27, 23, 59, 59, 0, loc)
	for _, promise := range []string{RelayedPromiseNote + "他说腊月二十前还", DebtorPromiseNote + "腊月二十前一定还你"} {
		rep := settle(promise, "两家谈好了 陈二答应把3000还给张三")
		if got := PaymentDue(rep, loc, nil); !got.Equal(want) && !(got.Sub(want) < time.Second && want.Sub(got) < time.Second) {
			t.Errorf("PaymentDue after %q = %v, want %v", promise, got, want)
		}
		if !PromisedDay(rep, PaymentDue(rep, loc, nil), loc, nil) || DueLunar(rep, PaymentDue(rep, loc, nil)) != "腊月二十" {
			t.Errorf("%q: PromisedDay false or DueLunar %q", promise, DueLunar(rep, PaymentDue(rep, loc, nil)))
		}
	}
	if got := PaymentDue(settle(RelayedPromiseNote+"他说腊月二十前还", "两家谈好了 陈二答应12月20日前把3000还给张三"), loc, nil); got.Month() != 12 || got.Day() != 20 {
		t.Errorf("the 办结's own day: %v", got)
	}
	if got := PaymentDue(settle(RelayedPromiseNote+"他说腊月二十前还", "两家谈好了 以后不吵了"), loc, nil); !got.IsZero() {
		t.Errorf("no money: %v", got)
	}
	if got := PaymentDue(settle(PartPaidNote+"他还了我1000", "两家谈好了 陈二答应把2000还给张三"), loc, nil); !got.IsZero() {
		t.Errorf("no promise: %v", got)
	}
}

// TestOwesMoneyPutBefore: 「陈二答应把3000还给张三」 promises money.
func TestOwesMoneyPutBefore(t *testing.T) {
	for note, want := range map[string]bool{
		"两家谈好了 陈二答应把3000还给张三": true,
		"把2000给张三":     true,
		"把20亩地还给张三":    false,
		"把10号那天的事说清楚了": false,
	} {
		if got := owesMoney(note); got != want {
			t.Errorf("owesMoney(%q) = %v, want %v", note, got, want)
		}
	}
}

// FuzzMatchPayment: the payment readers of outside text never panic, and
// a word matches nothing on an item with no payments.
func FuzzMatchPayment(f *testing.F) {
	for _, s := range []string{"他还了我1000", "昨天 他还了1000 剩下的腊月二十前给", "12月10号他又还了1000", "还了", "前天转给我2000了", "把3000还给张三"} {
		f.Add(s)
	}
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 12, 8, 10, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		rep := village.Report{Type: village.Mediation, Text: "陈二借我三千块", Status: village.StatusInProgress}
		if m, _ := MatchPayment(rep, false, PaidSum(s), s, at, loc); m != NewPayment {
			t.Errorf("%q matched on an empty item", s)
		}
		rep.Tell("张三", at, PartPaidNote+s)
		MatchPayment(rep, true, PaidSum(s), s, at.Add(time.Hour), loc)
		if ReporterPaid(rep, loc) < 0 || DebtorClaimed(rep, loc) != 0 {
			t.Errorf("%q: ledger %d %d", s, ReporterPaid(rep, loc), DebtorClaimed(rep, loc))
		}
		owesMoney(s)
	})
}

// TestPromiseDeniedRefusal: 「我不是不还」 is no refusal, a reason not yet
// paid outside the promise's clause no payment done (med109's walk).
func TestPromiseDeniedRefusal(t *testing.T) {
	for text, want := range map[string]bool{
		"我不是不还 今年打工的工钱老板还没给 年后一定还": true,
		"又不是不还 等我卖了猪就还":            true,
		"钱还没凑齐 年前肯定还你":             true,
		"我不还 凭什么还你":                false,
		"我就是不还 年后一定还个屁":            false,
		"年前一定还了":                   false,
		"我没借他钱 年后还什么":              false,
		"啥时候有钱啥时候还":                false,
	} {
		if got := PromisesPay(text); got != want {
			t.Errorf("PromisesPay(%q) = %v, want %v", text, got, want)
		}
	}
	isName := func(n string) bool { return n == "陈二" }
	if !RelaysPromise("他说他不是不还 年后一定还", isName) || RelaysPromise("他说年前还 到现在也没还", isName) {
		t.Errorf("RelaysPromise: a denied refusal or a broken promise misread")
	}
}
