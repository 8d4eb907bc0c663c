package words

import (
	"testing"
	"time"
	"unicode/utf8"

	"gridbot/village"
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

// TestCreditorDueByPronoun (med102's Left 3): the one other creditor
// written in the 办结 as 他/对方 (「欠他的800正月十五前还」) gets that day;
// on main, naming no one, it was the reporter's. 他 as the one who pays
// (「他正月十五前还」: the debtor) gives none, nor two creditors.
func TestCreditorDueByPronoun(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	at := time.Date(2026, 12, 10, 15, 0, 0, 0, loc)
	isName := func(s string) bool { return s == "张三" || s == "周八" || s == "陈二" || s == "王五" }
	said := func(by string) village.Entry {
		return village.Entry{At: at.Add(-time.Hour), By: by, Action: village.ActSaid, Note: "他也欠我八百块钱"}
	}
	for _, c := range []struct {
		note, want string
		two        bool
	}{
		{"两家谈妥 腊月二十前还张三3000 欠他的800正月十五前还", "2027-02-20", false},
		{"腊月二十前还张三3000，另一户的800正月十五前给对方", "2027-02-20", false},
		{"腊月二十前还张三3000 他那800 正月十五前还", "2027-02-20", false},
		{"腊月二十前还张三3000 他说正月十五前还", "", false},
		{"腊月二十前还张三3000 欠他的800正月十五前还", "", true},
		{"陈二腊月二十前还张三3000 周八的800 下个月十号前还他", "2027-01-10", false},
	} {
		rep := village.Report{Type: village.Mediation, Text: "陈二欠我三千块工钱", Reporter: "张三", Followers: []string{"周八"},
			History: []village.Entry{said("周八"), {At: at, Action: village.ActResolve, Note: c.note}}}
		if c.two {
			rep.Followers = append(rep.Followers, "王五")
			rep.History = append([]village.Entry{said("王五")}, rep.History...)
		}
		got := CreditorDue(rep, "周八", loc, isName)
		if s := got.Format("2006-01-02"); got.IsZero() && c.want != "" || !got.IsZero() && s != c.want {
			t.Errorf("CreditorDue(%q) = %v, want %q", c.note, got, c.want)
		}
	}
}
