package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// returnedThenOrdered is town85's 青山村 #R1 as of back: filed with the
// township by the overdue check, sent back by 孙七 (退回), who then
// pressed the grid (督办) while nobody there took it on.
func returnedThenOrdered(f *pointsFixture, back time.Time) village.Report {
	return village.Report{Type: village.General, Text: "村口垃圾池好几天没人拉了", Reporter: "陈二",
		CreatedAt: back.AddDate(0, 0, -3), DueAt: back.Add(24 * time.Hour), Handlers: []string{"李四"},
		History: []village.Entry{
			{At: back.AddDate(0, 0, -2), By: village.SystemActor, Action: village.ActEscalate, To: village.StatusEscalated, Note: "超期没人受理，村级备案并上报到镇"},
			{At: back, By: "孙七", Action: village.ActReturn, To: village.StatusNew, Note: "垃圾池归村保洁员管 请网格安排清运"},
			{At: back.Add(time.Minute), By: "孙七", Action: village.ActAsk, Urge: true, Note: "今天务必清掉", Chat: "青山镇网格工作群"}}}
}

// refileReturnedThenOrdered adds returnedThenOrdered, sent back on the
// Wednesday of week i of a bench's runs, and runs the overdue check's
// reminder and its filing again (the next two days), their posts
// drained; back is when it was sent back.
func refileReturnedThenOrdered(b *testing.B, f *pointsFixture, i int) (back time.Time) {
	b.Helper()
	back = f.at("2026-03-04 14:00").AddDate(0, 0, 7*i)
	f.addReport(returnedThenOrdered(f, back))
	for _, at := range []time.Time{back.Add(25 * time.Hour), back.Add(49 * time.Hour)} {
		f.runTrips(b, "overdue", at)
		f.drain(at)
	}
	return back
}

// TestDigestListsAnOrderedItemOnce (town89): an item the 早报 lists under
// a heading that asks the office to act (超期, 等镇里接手) carries the
// township's word still waiting on it on that line, and is not listed
// again under 「镇里督办了网格、还没回复的」. Before, town85's walk read
// the re-filed #R1 twice (the 督办 given while it was the grid's, ask77's
// OpenAsk kept across the filing, and 镇里还没人接手); the grid's overdue
// item pressed by the township too.
func TestDigestListsAnOrderedItemOnce(t *testing.T) {
	const line = "#R1 青山村三组"
	for _, tc := range []struct {
		name, run, want string
		refile          bool
	}{
		// the grid's, overdue: 待受理 past its deadline
		{"the grid's overdue item", "2026-03-05 18:00", "李四（13900000004）负责，期限今天14:00，超期4小时；昨天14:01 孙七督办：今天务必清掉，还没回复）", false},
		// filed again: the township's to take
		{"re-filed, nobody in the township took it", "2026-03-07 08:30", "镇里还没人接手，网格长李四（13900000004），超期1天；3月4日 14:01 孙七督办：今天务必清掉，还没回复）", true},
		// listed nowhere else (not overdue yet): the order keeps its heading
		{"the grid's, not overdue", "2026-03-05 08:30", "镇里督办了网格、还没回复的：\n#R1 青山村三组（昨天14:01 孙七督办：今天务必清掉；网格长：李四 13900000004）", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			f.addReport(returnedThenOrdered(f, f.at("2026-03-04 14:00")))
			if tc.refile {
				f.run("overdue", "2026-03-05 15:00") // the reminder
				f.run("overdue", "2026-03-06 15:00") // 【超期上报】
			}
			var digest string
			for _, o := range f.run("morning_digest", tc.run) {
				if strings.Contains(o, "【早报】") {
					digest = o
				}
			}
			if n := strings.Count(digest, line); n != 1 {
				t.Errorf("the 早报 lists %s %d times, want once:\n%s", line, n, digest)
			}
			holdsEach(t, "the 早报", digest, tc.want)
			if !strings.HasPrefix(tc.want, "镇里督办了网格") && strings.Contains(digest, "督办了网格") {
				t.Errorf("the 早报 lists the order under its own heading too:\n%s", digest)
			}
		})
	}
}

// TestNoticeSummaryNotCutMidClause (town89): the township's 【通知回复】
// quotes a long notice to its last sentence that fits (tmpl.Gist), not
// 40 characters cut mid-word (「…网格员准时参…」).
func TestNoticeSummaryNotCutMidClause(t *testing.T) {
	f := newPointsFixture(t)
	const text = "明天上午9点在镇政府三楼会议室召开冬季防火安全工作会议，请各村网格长、网格员准时参加，带好笔记本和本组隐患排查表；" +
		"不能来的提前向孙七请假，并安排人员代为参加，会后各组要在群里传达会议精神。"
	f.storeNotice(village.Notice{Text: text, By: "孙七", At: f.at("2026-12-07 09:00"), Groups: []string{"青山村三组网格群"}})
	office := lastStarting(f.run("notice_followup", "2026-12-07 18:15"), "青山镇网格工作群: 【通知回复】")
	holdsEach(t, "the summary", office, "【通知回复】#N1「明天上午9点在镇政府三楼会议室召开冬季防火安全工作会议，请各村网格长、网格员准时参加，带好笔记本和本组隐患排查表；…」")
}

// BenchmarkDigestOrderedItemOnce (town89): the 早报 that lists a re-filed
// item with the order still waiting on it on its line: the ask is read
// from the item in hand, no read added (rt/op).
func BenchmarkDigestOrderedItemOnce(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		back := refileReturnedThenOrdered(b, f, i)
		run := back.Add(66*time.Hour + 30*time.Minute)
		trips += f.runTrips(b, "morning_digest", run)
		if out := strings.Join(f.drain(run), "\n"); !strings.Contains(out, "孙七督办：今天务必清掉，还没回复）") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "rt/op")
}
