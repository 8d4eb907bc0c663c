package scheduler

import (
	"strings"
	"testing"
	"time"
)

// TestFilingAndUnclaimedSayTheWaitingOrder (town91): an item the township
// sent back and then pressed (督办) while nobody in the grid took it, filed
// again by the overdue check, carries the order still waiting on it in the
// 【超期上报】 block and on its 【镇里待接手】 line, as the 早报 says it
// (digest.office.asked, Report.WaitingAsk). Before, both read like an item
// the township had never spoken of since the 退回.
func TestFilingAndUnclaimedSayTheWaitingOrder(t *testing.T) {
	f := newPointsFixture(t)
	f.addReport(returnedThenOrdered(f, f.at("2026-03-04 14:00")))
	f.run("overdue", "2026-03-05 15:00") // the reminder
	filed := lastStarting(f.run("overdue", "2026-03-06 15:00"), "青山镇网格工作群: 【超期上报】")
	holdsEach(t, "the 【超期上报】", filed,
		"镇里3月4日退回过（孙七：垃圾池归村保洁员管 请网格安排清运），网格之后一直没人受理。\n镇里3月4日 14:01 孙七督办：今天务必清掉，还没回复。\n请哪位同事接手")
	first := lastStarting(f.run("unclaimed", "2026-03-08 10:00"), "青山镇网格工作群: 【镇里待接手】")
	holdsEach(t, "the first 【镇里待接手】", first, "3月6日上报，已等2天；3月4日 14:01 孙七督办：今天务必清掉，还没回复\n请哪位同事接手")
	again := lastStarting(f.run("unclaimed", "2026-03-09 10:00"), "青山镇网格工作群: 【镇里待接手】")
	holdsEach(t, "the short 【镇里待接手】", again, "【青山村三组】#R1（已等3天；3月4日 14:01 孙七督办：今天务必清掉，还没回复）。\n")
}

// TestFilingWithoutOrderSaysNone (town91): an item filed with nothing
// the township said waiting on it has no such line: a 退回 makes the
// order given before it moot (OpenAsk).
func TestFilingWithoutOrderSaysNone(t *testing.T) {
	f := newPointsFixture(t)
	r := returnedThenOrdered(f, f.at("2026-03-04 14:00"))
	r.History = r.History[:2] // filed, sent back; no order after
	f.addReport(r)
	f.run("overdue", "2026-03-05 15:00")
	filed := lastStarting(f.run("overdue", "2026-03-06 15:00"), "青山镇网格工作群: 【超期上报】")
	if filed == "" || strings.Contains(filed, "督办") || strings.Contains(filed, "还没回复") {
		t.Errorf("the 【超期上报】 of an item nobody pressed:\n%s", filed)
	}
}

// BenchmarkUnclaimedWithOrder (town91): 【镇里待接手】 naming a re-filed
// item with the order still waiting on it: the ask is read from the item
// in hand, no read added (roundtrips/run, as BenchmarkUnclaimedAgain).
func BenchmarkUnclaimedWithOrder(b *testing.B) {
	f := newPointsFixture(b)
	var trips int64
	for i := 0; i < b.N; i++ {
		back := refileReturnedThenOrdered(b, f, i)
		run := back.AddDate(0, 0, 4).Add(-4 * time.Hour) // two days after the filing, 10:00
		trips += f.runTrips(b, "unclaimed", run)
		if out := strings.Join(f.drain(run), "\n"); !strings.Contains(out, "孙七督办：今天务必清掉，还没回复") {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
