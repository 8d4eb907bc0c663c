package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// heldOrderItem is #R1 of TestOrderReminderGoesToTheHolder: 孙七 asked
// the grid about it (督办 when urge) while it held it; the grid sent it up
// and 孙七 handed it to holder (指派), who holds it now for the township.
func heldOrderItem(f *pointsFixture, at time.Time, holder string, urge bool) village.Report {
	note := "抓紧处理"
	if !urge {
		note = "电工找了吗"
	}
	return village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四", holder},
		History: []village.Entry{
			{At: at.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: at.Add(time.Hour), By: "孙七", Action: village.ActAsk, Note: note, Urge: urge, Chat: "青山镇网格工作群",
				From: village.StatusAccepted, To: village.StatusAccepted},
			{At: at.Add(90 * time.Minute), By: "李四", Action: village.ActEscalate, Note: "村里没有电工",
				From: village.StatusAccepted, To: village.StatusEscalated},
			{At: at.Add(2 * time.Hour), By: "孙七", Action: village.ActAssign, Note: "由" + holder + "负责",
				From: village.StatusEscalated, To: village.StatusEscalated},
		}}
}

// qianBa is a second township officer, 钱八, on the example roster.
func qianBa(t testing.TB) village.Person {
	_, people := exampleTownship(t)
	i := slices.IndexFunc(people, func(p village.Person) bool { return p.Name == "孙七" })
	if i < 0 {
		t.Fatal("no 孙七 on the example roster")
	}
	qian := people[i]
	qian.Name, qian.Nickname, qian.Phone = "钱八", "青山镇钱八", "13900000008"
	return qian
}

// TestDigestNamesTheOrdersHolder: the 早报's list of the township's
// unanswered words names whom the office calls as the reminder chose
// (Report.AskHolders): for an order on an item 钱八 holds now, 钱八 and
// his phone, not the grid leader 李四, who only helps (before: 「网格长：李四
// 13900000004」); 孙七's own when he kept it; a question, the grid's.
func TestDigestNamesTheOrdersHolder(t *testing.T) {
	for _, tc := range []struct {
		name, holder string
		urge         bool
		want         string
	}{
		{"order, another officer holds it", "钱八", true,
			"镇里督办了网格、还没回复的：\n#R1 青山村三组（昨天10:00 孙七督办：抓紧处理；现在由钱八负责）"},
		{"order, the asker holds it", "孙七", true, "#R1 青山村三组（昨天10:00 孙七督办：抓紧处理；现在由孙七"},
		{"question, another officer holds it", "钱八", false,
			"镇里问了网格、还没回复的：\n#R1 青山村三组（昨天10:00 孙七问：电工找了吗；网格长：李四 13900000004）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t, qianBa(t))
			f.addReport(heldOrderItem(f, f.at("2026-03-02 09:00"), tc.holder, tc.urge))
			digest := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
			if !strings.Contains(digest, tc.want) {
				t.Errorf("the 早报 lacks %q:\n%s", tc.want, digest)
			}
			if tc.urge && strings.Contains(digest, "孙七督办：抓紧处理；网格长") {
				t.Errorf("the 早报 names the grid for an order the township holds:\n%s", digest)
			}
		})
	}
}

// BenchmarkAsk77 measures the round trips (rt/op) of the 早报 that lists
// an order on an item another officer holds now (its holder named from
// the roster in memory: no trip more than the grid's leaders of a
// question).
func BenchmarkAsk77(b *testing.B) {
	for _, row := range []struct {
		name string
		urge bool
	}{{"morning_digest naming an order's holder", true}, {"morning_digest naming the grid of a question", false}} {
		b.Run(row.name, func(b *testing.B) {
			f := newPointsFixture(b, qianBa(b))
			trips, runs := int64(0), 0
			for i := 0; b.Loop(); i++ {
				at := f.at("2026-03-02 09:00").AddDate(0, 0, i)
				f.addReport(heldOrderItem(f, at, "钱八", row.urge))
				run := at.Add(23*time.Hour + 30*time.Minute)
				before := f.st.RoundTrips()
				if err := f.jobs["morning_digest"].Run(context.Background(), run, run); err != nil {
					b.Fatal(err)
				}
				trips, runs = trips+f.st.RoundTrips()-before, runs+1
			}
			b.ReportMetric(float64(trips)/float64(runs), "rt/op")
		})
	}
}
