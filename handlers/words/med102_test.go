package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestCreditorDue: the day the part of a 办结 naming a creditor says, or
// none (he is asked on the reporter's day).
func TestCreditorDue(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	at := time.Date(2026, 12, 10, 15, 0, 0, 0, loc)
	isName := func(s string) bool { return s == "张三" || s == "周八" || s == "陈二" }
	for _, c := range []struct {
		note, want string
	}{
		{"两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-02-20"},
		{"陈二腊月二十前还张三3000，周八的800 正月十五前还", "2027-02-20"},
		{"正月十五前还周八800 腊月二十前还张三3000", "2027-02-20"},
		{"两家谈妥 陈二下周一前还张三3000 还周八800", ""},
		{"陈二还张三3000、周八800 年前给清", "2027-02-05"}, // the common day: asked with the reporter
		{"周八的钱三年后再说", ""},
		{"还周八800 下个月十号前", "2027-01-10"},
	} {
		rep := village.Report{Type: village.Mediation, Text: "陈二欠我三千块工钱", Reporter: "张三", Followers: []string{"周八"},
			History: []village.Entry{{At: at, Action: village.ActResolve, Note: c.note}}}
		got := CreditorDue(rep, "周八", loc, isName)
		if s := got.Format("2006-01-02"); got.IsZero() && c.want != "" || !got.IsZero() && s != c.want {
			t.Errorf("CreditorDue(%q) = %v, want %q", c.note, got, c.want)
		}
	}
}

// FuzzCreditorDue: any 办结 reads without a panic, and a day read is after
// the 办结 and within DebtWaitMax.
func FuzzCreditorDue(f *testing.F) {
	for _, s := range []string{"腊月二十前还张三3000 正月十五前还周八800", "周八的800 正月十五前还", "还周八 三天内", "周八，，，", "周八 下周一 周八"} {
		f.Add(s)
	}
	loc, _ := time.LoadLocation("Asia/Shanghai")
	at := time.Date(2026, 12, 10, 15, 0, 0, 0, loc)
	isName := func(s string) bool { return s == "张三" || s == "周八" }
	f.Fuzz(func(t *testing.T, note string) {
		rep := village.Report{Type: village.Mediation, Reporter: "张三", History: []village.Entry{{At: at, Action: village.ActResolve, Note: note}}}
		got := CreditorDue(rep, "周八", loc, isName)
		if !got.IsZero() && (got.Before(at) || got.Sub(at) > DebtWaitMax) {
			t.Errorf("CreditorDue(%q) = %v", note, got)
		}
	})
}
