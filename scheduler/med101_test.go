package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestFollowupAsksEveryCreditor: 周八 told on 张三's wages quarrel with
// 陈二 that 陈二 owes him too (「他也欠我八百块钱」), and the 办结 settled
// both sums with one day. On main only 张三 was asked at the 回访 whether
// the money came; 周八, whose 800 was settled at the same table, heard
// nothing. Now he is asked too, privately (his sum is not the group's),
// the same run, with the day and how to say it was not paid. A follower
// who told no money of his own (the debtor's brother) is not asked.
func TestFollowupAsksEveryCreditor(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-03-02 09:00")
	done := filed.Add(5 * time.Hour)
	f.addReport(village.Report{Type: village.Mediation, Category: "矛盾纠纷", Text: "陈二欠我三千块工钱 到现在一分不给", Reporter: "张三",
		Chat: "青山村三组网格群", CreatedAt: filed, DueAt: filed.Add(7 * 24 * time.Hour), Status: village.StatusResolved, Handlers: []string{"李四", "郑十"},
		Followers: []string{"周八", "赵六"},
		History: []village.Entry{
			{At: filed.Add(time.Minute), By: "周八", Action: village.ActSaid, Note: "他也欠我八百块钱", From: village.StatusNew, To: village.StatusNew},
			{At: filed.Add(2 * time.Minute), By: "赵六", Action: village.ActSaid, Note: "陈二也不容易 年底了都缺钱", From: village.StatusNew, To: village.StatusNew},
			{At: filed.Add(time.Hour), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈妥 陈二下周一前还张三3000 还周八800"}}})
	for _, day := range []string{"2026-03-05 10:00", "2026-03-06 10:00", "2026-03-09 10:00"} {
		if got := f.run("followup", day); len(got) > 0 {
			t.Fatalf("asked %s, before the day:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got := f.run("followup", "2026-03-10 10:00")
	if i := indexOf(got, "说好的照做了吗"); i < 0 {
		t.Fatalf("the reporter is not asked:\n%s", strings.Join(got, "\n"))
	}
	i := indexOf(got, "【调解回访】")
	if i < 0 {
		t.Fatalf("the second creditor is not asked:\n%s", strings.Join(got, "\n"))
	}
	holdsEach(t, "creditor", got[i], "周八: 【调解回访】#R1（陈二欠我三千块工钱 到现在一分不给）已办结。", "您说过对方也欠您的钱，调解时说好3月9日前给清，现在到日子了：您那笔钱给了吗？",
		"没给或没给够，请私信我说一声「说好的钱没给」，会请李四、郑十接着调解。")
	for _, o := range got {
		if strings.HasPrefix(o, "赵六: ") {
			t.Errorf("a follower who told no money of his is asked:\n%s", o)
		}
	}
}
