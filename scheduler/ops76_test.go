package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestOrderReminderGoesToTheHolder: 孙七 pressed the grid (督办) while it
// held #R1; the grid sent it up and 孙七 handed it to 钱八 (指派), who
// holds it now for the township. The order's reminder goes to 钱八, who
// is to answer it, not to 李四, who only helps (before: 李四 was chased).
// Had 孙七 kept it himself, nobody is reminded of his own order; a plain
// question still goes to the grid.
func TestOrderReminderGoesToTheHolder(t *testing.T) {
	for _, tc := range []struct {
		name, holder string
		urge         bool
		want         []string // "to: prefix"
	}{
		{"order, another officer holds it", "钱八", true,
			[]string{"钱八: 【镇里督办】青山村三组 #R1（村口路灯不亮了）还没有回复\n孙七今天10:00督办：抓紧处理\n#R1 现在由您负责，请回复「进展 #R1 情况」告诉孙七"}},
		{"order, the asker holds it", "孙七", true, nil},
		{"question, another officer holds it", "钱八", false,
			[]string{"李四: 【镇里问】青山村三组 #R1（村口路灯不亮了）还没有回复\n孙七今天10:00问：电工找了吗\n请回复「答复 #R1 情况」"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t, qianBa(t))
			f.addReport(heldOrderItem(f, f.at("2026-03-02 09:00"), tc.holder, tc.urge))
			out := f.run("ask_reminder", "2026-03-02 14:00")
			if len(out) != len(tc.want) {
				t.Fatalf("reminders %q, want %d", out, len(tc.want))
			}
			for k, w := range tc.want {
				if !strings.HasPrefix(out[k], w) {
					t.Errorf("reminder %q, want it to start %q", out[k], w)
				}
			}
		})
	}
}

// BenchmarkOps76 measures the round trips (rt/op) of the two paths ops76
// changed: an order's reminder sent to the township's holder, and a
// finalise run that makes one of the closed year's claims final while
// another is still in 公示 (its commit checks that one: no trip more).
func BenchmarkOps76(b *testing.B) {
	b.Run("ask_reminder to the holder", func(b *testing.B) {
		f := newPointsFixture(b, qianBa(b))
		trips, runs := int64(0), 0
		for i := 0; b.Loop(); i++ {
			at := f.at("2026-03-02 09:00").AddDate(0, 0, i)
			f.addReport(heldOrderItem(f, at, "钱八", true))
			before := f.st.RoundTrips()
			if err := f.jobs["ask_reminder"].Run(context.Background(), at.Add(5*time.Hour), at.Add(5*time.Hour)); err != nil {
				b.Fatal(err)
			}
			trips, runs = trips+f.st.RoundTrips()-before, runs+1
		}
		b.ReportMetric(float64(trips)/float64(runs), "rt/op")
	})
	b.Run("finalise, the year's other claim checked", func(b *testing.B) {
		trips, runs := int64(0), 0
		for b.Loop() {
			f := newPointsFixture(b)
			publish := func(on, ends string) func(*village.Claim) {
				return func(c *village.Claim) {
					c.Period, c.Publication = "2026-12", "2026年12月"
					c.PublishedAt, c.WindowEnds = f.at(on), f.at(ends)
				}
			}
			f.recordAs("QS-301", "张三", "三组", 10, "2026-12-03 09:00", publish("2027-01-01 09:00", "2027-01-08 09:00"))
			f.recordAs("QS-302", "陈二", "三组", 10, "2026-12-30 09:00", publish("2027-01-05 09:00", "2027-01-12 09:00"))
			at := f.at("2027-01-08 09:00")
			before := f.st.RoundTrips()
			if err := f.jobs["points_finalise"].Run(context.Background(), at, at); err != nil {
				b.Fatal(err)
			}
			trips, runs = trips+f.st.RoundTrips()-before, runs+1
		}
		b.ReportMetric(float64(trips)/float64(runs), "rt/op")
	})
}
