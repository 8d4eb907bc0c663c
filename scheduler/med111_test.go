package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// earlyCreditorLoan is 张三's loan settled on 12月8日 to be paid by 腊月二十
// (1月27日), with 周八's 800 by 12月20日: his own day comes first.
func earlyCreditorLoan(f *pointsFixture, status village.Status, after ...village.Entry) {
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-08 12:00")
	rep := loanSettled(filed, village.Report{
		Followers: []string{"周八"},
		History: append([]village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: filed.Add(90 * time.Minute), By: "周八", Action: village.ActSaid, Note: "陈二也欠我店里八百块 赊了半年了", From: village.StatusAccepted, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "陈二答应腊月二十前还张三3000，12月20日前还周八800"}},
			after...)})
	rep.Status = status
	f.addReport(rep)
}

// TestEarlierCreditorAskedOnHisDay (med110's leftover 1): 周八's 800 due
// 12月20日 was asked only with 张三 on 1月28日, five weeks late, though his
// copy said 「过了12月20日我会私信问您」. Now he is asked on 12月21日, once,
// and not again with 张三; his 「钱收到了」 then is his money, not 张三's.
func TestEarlierCreditorAskedOnHisDay(t *testing.T) {
	f := newPointsFixture(t)
	earlyCreditorLoan(f, village.StatusResolved)
	if got := f.run("followup", "2026-12-15 10:00"); len(got) > 0 {
		t.Fatalf("nobody is asked before 周八's day:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2026-12-21 10:00")
	if countIn(got, "周八: 【调解回访】#R1") != 1 || countIn(got, "12月20日前给清") != 1 || countIn(got, "张三") != 0 || countIn(got, "#R1 已办结几天了") != 0 {
		t.Fatalf("周八 alone is to be asked after his own day:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2026-12-22 10:00"); len(got) > 0 {
		t.Fatalf("周八 is asked once:\n%s", strings.Join(got, "\n"))
	}
	for _, day := range []string{"2026-12-28 10:00", "2027-01-20 10:00"} {
		if got := f.run("followup", day); countIn(got, "#R1 已办结几天了") != 0 || countIn(got, "自动结案") != 0 {
			t.Fatalf("张三 asked or closed on %s, before 腊月二十:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got = f.run("followup", "2027-01-28 10:00")
	if countIn(got, "#R1 已办结几天了") != 1 || countIn(got, "周八:") != 0 {
		t.Fatalf("张三 alone is to be asked after 腊月二十:\n%s", strings.Join(got, "\n"))
	}
}

// TestEarlierCreditorAnsweredKeepsReporterDay: 周八's 「钱收到了」 after his
// early ask read as the settlement paid: 张三's 腊月二十 was read as no day,
// his 回访 asked on 12月22日 and the item closed on 12月25日.
func TestEarlierCreditorAnsweredKeepsReporterDay(t *testing.T) {
	f := newPointsFixture(t)
	earlyCreditorLoan(f, village.StatusResolved, village.Entry{At: f.at("2026-12-21 10:30"), By: "周八", Action: village.ActSaid,
		Note: "钱收到了 陈二昨天送过来的", From: village.StatusResolved, To: village.StatusResolved})
	for _, day := range []string{"2026-12-22 10:00", "2026-12-28 10:00"} {
		if got := f.run("followup", day); countIn(got, "#R1 已办结几天了") != 0 || countIn(got, "自动结案") != 0 {
			t.Fatalf("周八's money is not 张三's (%s):\n%s", day, strings.Join(got, "\n"))
		}
	}
}

// TestEarlierCreditorAskedAfterClose: 张三 said 满意 on the day of the 办结
// (his money came); 周八 is asked on his own day all the same, and his
// mediators hear of his silence only close_after after that ask.
func TestEarlierCreditorAskedAfterClose(t *testing.T) {
	f := newPointsFixture(t)
	earlyCreditorLoan(f, village.StatusClosed, village.Entry{At: f.at("2026-12-08 13:00"), By: "张三", Action: village.ActConfirm,
		Note: "满意", From: village.StatusResolved, To: village.StatusClosed})
	got := f.run("followup", "2026-12-21 10:00")
	if countIn(got, "周八: 【调解回访】#R1") != 1 {
		t.Fatalf("周八 is to be asked after his own day:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2026-12-22 10:00"); len(got) > 0 {
		t.Fatalf("nothing the day after the ask:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2027-01-28 10:00"); countIn(got, "周八: 【调解回访】") != 0 {
		t.Fatalf("周八 is asked once:\n%s", strings.Join(got, "\n"))
	}
}
