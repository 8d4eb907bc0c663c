package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestSilentCreditorToldAfterClose (med103's leftover): 周八, asked after
// 张三's 满意 whether 陈二 paid him, never answers. On main nobody heard of
// it again; now, three days on, the mediators are told privately, once.
func TestSilentCreditorToldAfterClose(t *testing.T) {
	f := newPointsFixture(t)
	closedBeforeCreditor(f, "两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-01-20 18:00")
	got := f.run("followup", "2027-02-21 10:00")
	if len(got) != 1 {
		t.Fatalf("周八 alone is to be asked:\n%s", strings.Join(got, "\n"))
	}
	holdsEach(t, "ask", got[0], "给了请回我一声「钱收到了」", "3天内没回话，我会请调解员当面问您")
	if got := f.run("followup", "2027-02-23 10:00"); len(got) > 0 {
		t.Fatalf("told before his three days:\n%s", strings.Join(got, "\n"))
	}
	got = f.run("followup", "2027-02-24 10:00")
	if len(got) != 2 {
		t.Fatalf("both mediators are to be told (%d):\n%s", len(got), strings.Join(got, "\n"))
	}
	for _, h := range []string{"李四", "郑十"} {
		i := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, h+": ") })
		if i < 0 {
			t.Fatalf("%s not told:\n%s", h, strings.Join(got, "\n"))
		}
		holdsEach(t, h, got[i], "【调解·钱未确认】#R1", "已结案，回访时私信问了周八那笔钱给了没有，3天没回话", "请当面或打电话问一下")
	}
	if got := f.run("followup", "2027-03-01 10:00"); len(got) > 0 {
		t.Fatalf("told again:\n%s", strings.Join(got, "\n"))
	}
}

// TestAnsweredCreditorNotChased: 周八's word kept on #R1 after he was
// asked (handlers.creditorAnswered) is his answer: nobody is told.
func TestAnsweredCreditorNotChased(t *testing.T) {
	f := newPointsFixture(t)
	closedBeforeCreditor(f, "两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-01-20 18:00")
	f.run("followup", "2027-02-21 10:00")
	ctx := context.Background()
	rep, err := f.st.Report(ctx, f.sc, "R1")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.CreditorsAwaited, []string{"周八"}) {
		t.Fatalf("awaited %v, want 周八", rep.CreditorsAwaited)
	}
	rep.Tell("周八", f.at("2027-02-21 12:00"), "钱收到了")
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "m-paid", Report: &rep,
		Audit: storage.Audit{At: f.at("2027-02-21 12:00"), By: "周八", Action: "said"}}); err != nil {
		t.Fatal(err)
	}
	if got := f.run("followup", "2027-02-25 10:00"); len(got) > 0 {
		t.Fatalf("an answered creditor chased:\n%s", strings.Join(got, "\n"))
	}
}

// TestSilentCreditorWithSilentReporter: neither 张三 nor 周八 answers the
// 回访 of one day; the close's 【调解·钱未确认】 names 周八 too (on main it
// spoke of 张三 alone).
func TestSilentCreditorWithSilentReporter(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(village.Report{Type: village.Mediation, Category: "矛盾纠纷", Text: "陈二欠我三千块工钱 到现在一分不给", Reporter: "张三",
		Chat: "青山村三组网格群", CreatedAt: filed, DueAt: filed.AddDate(0, 0, 7), Status: village.StatusResolved, Handlers: []string{"李四", "郑十"},
		Followers: []string{"周八"},
		History: []village.Entry{
			{At: filed.Add(1), By: "周八", Action: village.ActSaid, Note: "他也欠我八百块钱", From: village.StatusNew, To: village.StatusNew},
			{At: filed.Add(2), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈妥 12月20日前还张三3000和周八800"}}})
	got := f.run("followup", "2026-12-21 10:00")
	if countIn(got, "周八: 【调解回访】#R1") != 1 {
		t.Fatalf("周八 asked with 张三:\n%s", strings.Join(got, "\n"))
	}
	got = f.run("followup", "2026-12-24 10:00")
	if n := countIn(got, "也私信问了周八那笔钱，也没回话，请一并问一下"); n != 2 {
		t.Fatalf("each mediator's 【调解·钱未确认】 is to name 周八 (%d):\n%s", n, strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2026-12-28 10:00"); len(got) > 0 {
		t.Fatalf("told again after the close:\n%s", strings.Join(got, "\n"))
	}
}

// notSilence is out without the mediators' 【调解·钱未确认】 of a creditor
// who never answered (silentTold).
func notSilence(out []string) []string {
	return slices.DeleteFunc(out, func(s string) bool { return strings.Contains(s, "【调解·钱未确认】") })
}
