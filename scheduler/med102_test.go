package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestFollowupAsksEachCreditorOnHisDay: the 办结 of 张三's wages from 陈二
// settles 周八's 800 too, each with a day of its own (「腊月二十前还张三3000
// 正月十五前还周八800」). On main both were asked on the first day (腊月二十),
// 周八 three weeks before his money was due, and the item closed before his
// day. Now 张三 is asked after 腊月二十, 周八 after 正月十五 (his day named),
// and the close waits for his answer.
func TestFollowupAsksEachCreditorOnHisDay(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(village.Report{Type: village.Mediation, Category: "矛盾纠纷", Text: "陈二欠我三千块工钱 到现在一分不给", Reporter: "张三",
		Chat: "青山村三组网格群", CreatedAt: filed, DueAt: filed.Add(7 * 24 * time.Hour), Status: village.StatusResolved, Handlers: []string{"李四", "郑十"},
		Followers: []string{"周八"},
		History: []village.Entry{
			{At: filed.Add(time.Minute), By: "周八", Action: village.ActSaid, Note: "他也欠我八百块钱", From: village.StatusNew, To: village.StatusNew},
			{At: filed.Add(time.Hour), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈妥 腊月二十前还张三3000 正月十五前还周八800"}}})
	if got := f.run("followup", "2027-01-27 10:00"); len(got) > 0 {
		t.Fatalf("asked before 腊月二十 ended:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2027-01-28 10:00")
	if indexOf(got, "说好的照做了吗") < 0 {
		t.Fatalf("the reporter is not asked after his day:\n%s", strings.Join(got, "\n"))
	}
	if i := indexOf(got, "【调解回访】"); i >= 0 {
		t.Fatalf("周八 asked before his own day:\n%s", got[i])
	}
	for _, day := range []string{"2027-02-01 10:00", "2027-02-10 10:00", "2027-02-20 10:00"} {
		if got := f.run("followup", day); len(got) > 0 {
			t.Fatalf("%s: closed or asked before 周八's day:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got = f.run("followup", "2027-02-21 10:00")
	i := indexOf(got, "【调解回访】")
	if i < 0 {
		t.Fatalf("周八 is not asked after his day:\n%s", strings.Join(got, "\n"))
	}
	holdsEach(t, "creditor", got[i], "周八: 【调解回访】#R1", "调解时说好2月20日（正月十五）前给清，现在到日子了：您那笔钱给了吗？")
	if len(got) != 1 {
		t.Errorf("more than 周八 asked:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2027-02-23 10:00"); len(got) > 0 {
		t.Fatalf("closed before 周八 had the close time to answer:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2027-02-24 10:00"); indexOf(got, "请找李四、郑十") < 0 {
		t.Fatalf("not closed after 周八's time to answer:\n%s", strings.Join(got, "\n"))
	}
}
