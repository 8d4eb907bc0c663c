package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestAutoCloseTellsMoneyOwed: a quarrel settled on money (「陈二赔张三300元
// 下周一前给」) whose reporter never answered the 回访 closes as any item
// does, and its mediators hear privately that nobody said the money was
// paid; one whose payment a party said was made, or whose settlement owed
// no money, tells them nothing. On main the close was the group's line
// alone, the money forgotten.
func TestAutoCloseTellsMoneyOwed(t *testing.T) {
	for _, tc := range []struct {
		name, settled, said string
		told                bool
	}{
		{"owed", "两家谈好了 陈二赔张三300元 下周一前给", "", true},
		{"owed in words", "说好了陈二给张三两百块钱 墙往回挪", "", true},
		{"paid since", "两家谈好了 陈二赔张三300元 下周一前给", "300块钱已经给了", false},
		{"paid at once", "陈二当场赔了300元 两家握手", "", false},
		{"no money", "陈二答应把墙往回挪半米 两家没意见", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			filed := f.at("2026-03-02 09:00")
			done := filed.Add(5 * time.Hour)
			rep := village.Report{Type: village.Mediation, Category: "邻里纠纷", Text: "陈二家的牛把我家麦子啃了一大片", Reporter: "张三",
				CreatedAt: filed, DueAt: filed.Add(7 * 24 * time.Hour), Status: village.StatusResolved, Handlers: []string{"李四", "郑十"},
				History: []village.Entry{
					{At: filed.Add(time.Hour), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
					{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: tc.settled}}}
			if tc.said != "" {
				rep.History = append(rep.History, village.Entry{At: done.Add(time.Hour), By: "张三", Action: village.ActSaid,
					From: village.StatusResolved, To: village.StatusResolved, Note: tc.said})
			}
			f.addReport(rep)
			// the 回访 of 「下周一前给」 waits for Monday 9 March (med98):
			// the close comes three days after it asks, either way
			var got []string
			for _, at := range []string{"2026-03-06 10:00", "2026-03-10 10:00", "2026-03-13 10:00"} {
				got = append(got, f.run("followup", at)...)
			}
			var private []string
			for _, o := range got {
				if !strings.HasPrefix(o, "青山村三组网格群: ") {
					private = append(private, o)
				}
			}
			if !tc.told {
				if len(private) != 0 {
					t.Errorf("told privately:\n%s", strings.Join(private, "\n"))
				}
				return
			}
			if len(private) != 2 {
				t.Fatalf("private messages:\n%s\nwant one to each mediator", strings.Join(got, "\n"))
			}
			for i, who := range []string{"李四", "郑十"} {
				holdsEach(t, who, private[i], who+": 【调解·钱未确认】#R1（陈二家的牛把我家麦子啃了一大片）办结后张三一直没答复，已自动结案",
					"办结时说好「"+tc.settled+"」", "请跟双方问一下给了没有")
			}
		})
	}
}
