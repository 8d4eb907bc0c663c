package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// fixedLamp is an item taken on by 李四 whose reporter said, at at, it is
// fixed (village.Report.SayFixed, what 「好的谢谢 亮了」 stores).
func fixedLamp(created, at time.Time, text string) village.Report {
	r := village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created,
		DueAt: created.AddDate(0, 0, 3), Status: village.StatusAccepted, Handlers: []string{"李四"},
		History: []village.Entry{{At: created.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}}
	r.SayFixed("张三", at, "好的谢谢 亮了", false)
	return r
}

// TestEveningDigestMarksFixedItems: the evening digest marks an item its
// reporter said is fixed as waiting only for 办结, and asks one 办结 of all
// such items at once; an item nobody said is fixed keeps its status, and
// an item whose reporter took it back ("又不亮了" after) is not marked.
func TestEveningDigestMarksFixedItems(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(fixedLamp(created, created.Add(time.Hour), "村口那个灯又不亮了"))
	f.addReport(village.Report{Type: village.General, Text: "后山垃圾没人清", Reporter: "陈二", CreatedAt: created.Add(2 * time.Minute),
		DueAt: created.AddDate(0, 0, 3), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	f.addReport(fixedLamp(created.Add(3*time.Minute), created.Add(2*time.Hour), "水沟堵了"))
	back := fixedLamp(created.Add(4*time.Minute), created.Add(2*time.Hour), "桥头的灯不亮")
	back.Tell("张三", created.Add(3*time.Hour), "好了一会又坏了")
	f.addReport(back)
	out := strings.Join(f.run("evening_digest", "2026-03-02 20:00"), "\n")
	for _, want := range []string{
		"#R1 报告人说已好，待办结 村口那个灯又不亮了（李四）",
		"#R2 已受理 后山垃圾没人清（李四）",
		"#R3 报告人说已好，待办结 水沟堵了（李四）",
		"#R4 已受理 桥头的灯不亮（李四）",
		"报告人说已好的 2 件：确实都办好了，请回复「办结 #R1 #R3」一起结案。",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("digest:\n%s\nwant %q", out, want)
		}
	}
}

// TestEveningDigestFixedOneAsksItsClose: a single such item is asked of
// by its number alone.
func TestEveningDigestFixedOneAsksItsClose(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(fixedLamp(created, created.Add(time.Hour), "村口那个灯又不亮了"))
	out := strings.Join(f.run("evening_digest", "2026-03-02 20:00"), "\n")
	if want := "#R1 确实办好了的话，请回复「办结 #R1」结案。"; !strings.Contains(out, want) {
		t.Errorf("digest:\n%s\nwant %q", out, want)
	}
}

// TestMorningDigestOverdueFixedSaysSo: an overdue item the reporter said
// is fixed says so in the township's overdue list, so that the office
// does not chase work already done.
func TestMorningDigestOverdueFixedSaysSo(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-02-20 09:00")
	f.addReport(fixedLamp(created, f.at("2026-03-01 10:00"), "村口那个灯又不亮了"))
	out := strings.Join(f.run("morning_digest", "2026-03-02 08:30"), "\n")
	if want := "已受理，报告人说已好、待办结，李四（"; !strings.Contains(out, want) {
		t.Errorf("morning digest:\n%s\nwant %q", out, want)
	}
}

// BenchmarkEveningDigestFixed reports the Redis round trips of the
// evening digest of a grid with one overdue item (so that each day's run
// posts): plain, and its reporter having said it is fixed. The mark is
// read off the item the digest reads anyway: the same trips.
func BenchmarkEveningDigestFixed(b *testing.B) {
	for _, fixed := range []bool{false, true} {
		name := "plain"
		if fixed {
			name = "fixed"
		}
		b.Run(name, func(b *testing.B) {
			f := newPointsFixture(b)
			created := f.at("2026-03-02 09:00")
			r := fixedLamp(created, created.Add(time.Hour), "村口那个灯又不亮了")
			if !fixed {
				r.History = r.History[:1]
			}
			r.DueAt = created.Add(2 * time.Hour) // overdue: posted every day
			f.addReport(r)
			var trips int64
			for i := 0; i < b.N; i++ {
				before := f.st.RoundTrips()
				at := created.AddDate(0, 0, i).Format("2006-01-02") + " 20:00"
				if out := f.runOnce("evening_digest", at); len(out) == 0 {
					b.Fatal("no digest")
				}
				trips += f.st.RoundTrips() - before
			}
			b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/op")
		})
	}
}
