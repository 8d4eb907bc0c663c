package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// settledQuarrel stores 张三's quarrel with 陈二 over a wall, settled by
// 郑十 on Monday 2 March 2026 at 14:00 with the note settled, no answer
// since.
func settledQuarrel(f *pointsFixture, settled string) {
	filed := f.at("2026-03-02 09:00")
	done := filed.Add(5 * time.Hour)
	f.addReport(village.Report{Type: village.Mediation, Category: "邻里纠纷", Text: "陈二家砌墙把墙往我家这边挪了半米", Reporter: "张三",
		Chat: "青山村三组网格群", CreatedAt: filed, DueAt: filed.Add(7 * 24 * time.Hour), Status: village.StatusResolved, Handlers: []string{"李四", "郑十"},
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "郑十", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "郑十", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: settled}}})
}

// TestFollowupWaitsForPaymentDay: the 回访 of a quarrel settled on a day
// to pay or to do (「下周一前给」, 「下周一给」, 「十天内拆回去」) asks the
// reporter the first run after that day, whether what was agreed was done
// (the group reads no sum), and the auto-close waits as long after it; a
// settlement naming no day, or money said paid at once, is asked three
// days after the 办结 as before. On main 「下周一前给」 was asked on Friday
// 6 March, three days before the money was due.
func TestFollowupWaitsForPaymentDay(t *testing.T) {
	for _, tc := range []struct {
		name, settled, asked, due string
	}{
		{"promise", "两家谈妥了 陈二赔张三500元 下周一前给", "2026-03-10 10:00", "3月9日前"},
		{"day without 前", "两家谈妥了 陈二下周一给张三500块", "2026-03-10 10:00", "3月9日前"},
		{"days within", "陈二答应十天内把墙拆回原界 两家没意见", "2026-03-13 10:00", "3月12日前"},
		{"no day", "两家谈妥了 陈二赔张三500元", "2026-03-06 10:00", ""},
		{"paid at once", "陈二当场赔了500元 下周一前把墙拆了", "2026-03-10 10:00", "3月9日前"},
		{"too far", "陈二年底前赔张三500元", "2026-03-06 10:00", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			settledQuarrel(f, tc.settled)
			var asked string
			for d := f.at("2026-03-03 10:00"); !d.After(f.at("2026-03-20 10:00")); d = d.AddDate(0, 0, 1) {
				got := f.run("followup", d.Format("2006-01-02 15:04"))
				if i := indexOf(got, "问题解决了吗", "说好的照做了吗"); i >= 0 && asked == "" {
					asked = d.Format("2006-01-02 15:04")
					if tc.due == "" {
						holdsEach(t, "回访", got[i], "青山村三组网格群: ", "#R1 已办结几天了", "问题解决了吗？解决了回复「满意 #R1」")
						continue
					}
					holdsEach(t, "回访", got[i], "#R1 已办结几天了", "调解时说好"+tc.due+"办的，现在到日子了：说好的照做了吗？照做了回复「满意 #R1」，没照做请私信我「未解决 #R1 原因」")
					if strings.Contains(got[i], "500") {
						t.Errorf("the group reads the sum:\n%s", got[i])
					}
				}
				if i := indexOf(got, "已自动结案"); i >= 0 {
					close := f.at(asked).AddDate(0, 0, 3)
					if d.Format("2006-01-02") != close.Format("2006-01-02") {
						t.Errorf("closed %s, want three days after the 回访 (%s)", d.Format("01-02"), close.Format("01-02"))
					}
					holdsEach(t, "close", got[i], "青山村三组网格群: #R1 办结后一直没有收到答复，已自动结案。两家再有纠纷，或者说好的没照做，请找李四、郑十，或私信我说一声，会接着调解。")
					if strings.Contains(got[i], "重新「上报」") {
						t.Errorf("a quarrel's close reads as a general item's:\n%s", got[i])
					}
					break
				}
			}
			if asked != tc.asked {
				t.Errorf("回访 asked %q, want %q", asked, tc.asked)
			}
		})
	}
}

func indexOf(out []string, any ...string) int {
	for i, o := range out {
		for _, a := range any {
			if strings.Contains(o, a) {
				return i
			}
		}
	}
	return -1
}
