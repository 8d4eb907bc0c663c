package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestEarlyCreditorSilentChasedOnTime (med111's leftover 1): 周八, asked on
// 12月21日 about his 800 due 12月20日, said nothing; his mediators heard it
// only at 张三's close after 腊月二十, five weeks on. Now they hear it
// close_after after his ask, once; 张三's close does not tell it again.
func TestEarlyCreditorSilentChasedOnTime(t *testing.T) {
	f := newPointsFixture(t)
	earlyCreditorLoan(f, village.StatusResolved)
	f.run("followup", "2026-12-21 10:00")
	if got := f.run("followup", "2026-12-23 10:00"); len(got) > 0 {
		t.Fatalf("nothing before close_after since his ask:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2026-12-24 10:00")
	if countIn(got, "【调解·钱未确认】#R1") != 2 || countIn(got, "私信问了周八那笔钱给了没有，3天没回话") != 2 || countIn(got, "已结案") != 0 {
		t.Fatalf("his mediators are to hear 周八 said nothing:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2026-12-25 10:00"); len(got) > 0 {
		t.Fatalf("told once:\n%s", strings.Join(got, "\n"))
	}
	f.run("followup", "2027-01-28 10:00")
	got = f.run("followup", "2027-01-31 10:00")
	if countIn(got, "自动结案") == 0 || countIn(got, "回访时也私信问了") != 0 {
		t.Fatalf("张三's close does not tell of 周八 again:\n%s", strings.Join(got, "\n"))
	}
}

// TestEarlyCreditorAnsweredNotChased: 周八's 「钱收到了」 after his ask keeps
// his mediators from hearing anything of him.
func TestEarlyCreditorAnsweredNotChased(t *testing.T) {
	f := newPointsFixture(t)
	earlyCreditorLoan(f, village.StatusResolved, village.Entry{At: f.at("2026-12-21 10:30"), By: "周八", Action: village.ActSaid,
		Note: "钱收到了 陈二昨天送过来的", From: village.StatusResolved, To: village.StatusResolved})
	f.run("followup", "2026-12-21 10:00")
	if got := f.run("followup", "2026-12-24 10:00"); countIn(got, "周八") != 0 {
		t.Fatalf("周八 answered:\n%s", strings.Join(got, "\n"))
	}
}
