package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// settledOn is a mediation item resolved on note, with said kept after.
func settledOn(typ village.Type, note string, said ...string) village.Report {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rep := village.Report{Type: typ, Status: village.StatusResolved, History: []village.Entry{
		{At: at, By: "张三", Action: village.ActCreate},
		{At: at.Add(time.Hour), By: "郑十", Action: village.ActProgress, Note: "约了两家明天9点在村委会谈 赔钱的事再商量"},
		{At: at.Add(2 * time.Hour), By: "郑十", Action: village.ActResolve, Note: note}}}
	for i, s := range said {
		rep.History = append(rep.History, village.Entry{At: at.Add(time.Duration(3+i) * time.Hour), By: "陈二", Action: village.ActSaid, Note: s})
	}
	return rep
}

// TestPaymentOwed: a settlement's money is owed until a word on the item
// since its 办结 (or the 办结 itself) says it was paid; 「一分没给」 and
// 「给了吗」 are no payment, a note before the 办结 counts for nothing,
// and only a mediation item owes (med97).
func TestPaymentOwed(t *testing.T) {
	for _, tc := range []struct {
		name string
		rep  village.Report
		owed bool
	}{
		{"digits", settledOn(village.Mediation, "陈二赔张三300元 下周一前给"), true},
		{"words", settledOn(village.Mediation, "陈二给张三两百块钱"), true},
		{"money named", settledOn(village.Mediation, "医药费陈二出钱"), true},
		{"paid since", settledOn(village.Mediation, "陈二赔张三300元", "300块已经给了"), false},
		{"received", settledOn(village.Mediation, "陈二赔张三300元", "钱收到了"), false},
		{"unpaid said", settledOn(village.Mediation, "陈二赔张三300元", "说好的300块一分没给"), true},
		{"asked", settledOn(village.Mediation, "陈二赔张三300元", "钱给了吗"), true},
		{"not yet", settledOn(village.Mediation, "陈二赔张三300元", "还没给"), true},
		{"paid at once", settledOn(village.Mediation, "陈二当场赔了300元"), false},
		{"apology", settledOn(village.Mediation, "陈二赔礼道歉 两家和好"), false},
		{"land", settledOn(village.Mediation, "那一块地归张三种"), false},
		{"general", settledOn(village.General, "赔300元"), false},
	} {
		if got := PaymentOwed(tc.rep) != ""; got != tc.owed {
			t.Errorf("%s: PaymentOwed = %v, want %v", tc.name, got, tc.owed)
		}
	}
}

// FuzzPaymentOwed: whatever is said after a settlement on money, the owed
// settlement is the 办结's note or nothing, and a word that says the
// money was not given never pays it.
func FuzzPaymentOwed(f *testing.F) {
	for _, s := range []string{"300块已经给了", "一分没给", "给了吗", "还没给了", "钱收到了", "已赔", "当场给", ""} {
		f.Add("陈二赔张三300元", s)
	}
	f.Fuzz(func(t *testing.T, note, said string) {
		rep := settledOn(village.Mediation, note, said)
		owed := PaymentOwed(rep)
		if owed != "" && owed != note {
			t.Fatalf("PaymentOwed = %q, want the 办结's note %q", owed, note)
		}
		if SettlementUnkept(said) && SaysPaid(said) {
			t.Fatalf("SaysPaid(%q) of words saying it was not given", said)
		}
		if owesMoney(note) && !SaysPaid(note) && !SaysPaid(said) && owed == "" {
			t.Fatalf("money owed by %q, not paid by %q, is not owed", note, said)
		}
	})
}
