package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// closedBeforeCreditor is 张三's wages from 陈二 settled with 周八's shop
// credit (the 办结 note), closed by 张三's 满意 at confirmed.
func closedBeforeCreditor(f *pointsFixture, note, confirmed string) {
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(village.Report{Type: village.Mediation, Category: "矛盾纠纷", Text: "陈二欠我三千块工钱 到现在一分不给", Reporter: "张三",
		Chat: "青山村三组网格群", CreatedAt: filed, DueAt: filed.Add(7 * 24 * time.Hour), Status: village.StatusClosed, Handlers: []string{"李四", "郑十"},
		Followers: []string{"周八"},
		History: []village.Entry{
			{At: filed.Add(time.Minute), By: "周八", Action: village.ActSaid, Note: "他也欠我八百块钱", From: village.StatusNew, To: village.StatusNew},
			{At: filed.Add(time.Hour), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: note},
			{At: f.at(confirmed), By: "张三", Action: village.ActConfirm, From: village.StatusResolved, To: village.StatusClosed}}})
}

// TestCreditorAskedAfterReporterSatisfied (med102's Left 1): 张三 says
// 满意 as soon as his 3000 comes, before 周八's own day (正月十五). On main
// the item closed and left the followup's walk: 周八, promised 「过了那天我会
// 私信问您」, was never asked. Now he is asked after his day, once.
func TestCreditorAskedAfterReporterSatisfied(t *testing.T) {
	f := newPointsFixture(t)
	closedBeforeCreditor(f, "两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-01-20 18:00")
	for _, day := range []string{"2027-01-28 10:00", "2027-02-20 10:00"} {
		if got := f.run("followup", day); len(got) > 0 {
			t.Fatalf("%s: asked before 周八's day:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got := f.run("followup", "2027-02-21 10:00")
	if len(got) != 1 {
		t.Fatalf("周八 alone is to be asked after his day:\n%s", strings.Join(got, "\n"))
	}
	holdsEach(t, "creditor", got[0], "周八: 【调解回访】#R1", "2月20日（正月十五）前给清", "您那笔钱给了吗？")
	// his silence is his mediators' to chase now (med104's
	// TestSilentCreditorToldAfterClose), not the bot's to ask again
	if got := notSilence(f.run("followup", "2027-02-25 10:00")); len(got) > 0 {
		t.Fatalf("asked again or closed again:\n%s", strings.Join(got, "\n"))
	}
}

// TestCreditorOfReporterDayAskedAfterEarlySatisfied: with one day for both
// (腊月二十), 张三's 满意 before it leaves 周八 to be asked on that day all
// the same (on main: never).
func TestCreditorOfReporterDayAskedAfterEarlySatisfied(t *testing.T) {
	f := newPointsFixture(t)
	closedBeforeCreditor(f, "两家谈妥 腊月二十前还清张三3000和周八800", "2027-01-20 18:00")
	if got := f.run("followup", "2027-01-27 10:00"); len(got) > 0 {
		t.Fatalf("asked before 腊月二十 ended:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2027-01-28 10:00")
	if len(got) != 1 || !strings.HasPrefix(got[0], "周八: 【调解回访】#R1") {
		t.Fatalf("周八 alone is to be asked after the day (%d):\n%s", len(got), strings.Join(got, "\n"))
	}
	if got := notSilence(f.run("followup", "2027-02-28 10:00")); len(got) > 0 {
		t.Fatalf("asked again:\n%s", strings.Join(got, "\n"))
	}
}
