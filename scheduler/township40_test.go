package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestOverdueAtTheTownshipOnceForMany: the items an officer took over
// whose deadlines pass by the same run are told in one office message
// that @-mentions him once and lists each with its grid, its deadline and
// the department it went to, with the commands for several at once; each
// is marked reminded (not told again an hour later).
func TestOverdueAtTheTownshipOnceForMany(t *testing.T) {
	f := newPointsFixture(t)
	escalatedWallAndRail(f, "李四", "孙七")
	got := f.run("overdue", "2026-03-10 09:00")
	if len(got) != 1 {
		t.Fatalf("office messages:\n%s\nwant one for both", strings.Join(got, "\n---\n"))
	}
	holdsEach(t, "the township's overdue", got[0],
		"青山镇网格工作群: @孙七\u2005这 2 件上报镇后已过期限，还没有办结：\n",
		"【青山村三组】#R1（调解事项）两家为砌墙吵起来了，期限昨天12:00，已转交司法所（电话 0123-5550103）\n",
		"【青山村三组】#R2（一般事项）桥栏杆断了，期限3月5日\n",
		"几件一起写也行，如「进展 #R1 #R2 已联系」")
	if strings.Count(got[0], "孙七") != 1 {
		t.Errorf("孙七 named more than once:\n%s", got[0])
	}
	if strings.Count(got[0], "已转交") != 2 {
		t.Errorf("want the referral said of #R1 and the phoning asked once:\n%s", got[0])
	}
	if again := f.run("overdue", "2026-03-10 10:00"); len(again) != 0 {
		t.Errorf("an hour later: %q, want nothing", again)
	}
}

// TestAutoCloseToldToTheOfficeAsItsOwn: an item the township resolved
// whose reporter never answered is told in the office chat as done with,
// naming what it was and whose answer it waited for, not with the
// villager's 「还有问题请重新上报」.
func TestAutoCloseToldToTheOfficeAsItsOwn(t *testing.T) {
	f := newPointsFixture(t)
	up := f.at("2026-03-02 09:00")
	done := up.Add(2 * time.Hour)
	f.addReport(village.Report{Type: village.General, Text: "二组垃圾堆了一个礼拜没人收", Reporter: "陈二", CreatedAt: up,
		DueAt: done.Add(48 * time.Hour), Status: village.StatusResolved, Handlers: []string{"李四", "孙七"},
		History: []village.Entry{
			{At: up.Add(time.Hour), By: village.SystemActor, Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated},
			{At: done, By: "孙七", Action: village.ActResolve, From: village.StatusEscalated, To: village.StatusResolved, Note: "已清运"}}})
	f.run("followup", "2026-03-06 10:00")
	var office []string
	for _, o := range f.run("followup", "2026-03-12 10:00") {
		if text, ok := strings.CutPrefix(o, "青山镇网格工作群: "); ok {
			office = append(office, text)
		}
	}
	if len(office) != 1 {
		t.Fatalf("office messages: %q, want the one closing", office)
	}
	holdsEach(t, "the office's close", office[0], "【青山村三组】#R1（二组垃圾堆了一个礼拜没人收）办结后报告人陈二一直没有答复，已自动结案，镇里不用再跟进。")
	if strings.Contains(office[0], "上报") {
		t.Errorf("the office is told the villager's step:\n%s", office[0])
	}
}
