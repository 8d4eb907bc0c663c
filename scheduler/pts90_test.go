package scheduler

import (
	"strings"
	"testing"
)

// TestYearEndTellsPendingClaims (pts90): the year-end post of a grid
// tells the claims of the year still waiting for the scorers at the
// clearing, which count in that year when approved (pts89); a grid with
// none pending hears nothing of them, nor does a claim made after the
// run (read late, after downtime) count as the closed year's.
func TestYearEndTellsPendingClaims(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "张三", "三组", 10, "2026-11-02 09:00")
	f.record("QS-101", "刘建国", "一组", 6, "2026-11-02 09:05")
	f.submit("QS-301", "张三", "三组", "2026-12-28 10:00")
	f.submit("QS-304", "王五", "三组", "2026-12-31 17:30")
	f.submit("QS-302", "陈二", "三组", "2026-12-31 19:00") // after the run: 2027's
	out := f.runLate("points_year_end", "2026-12-31 18:00", "2026-12-31 20:00", 2)
	three, one := posts(out, "青山村三组网格群"), posts(out, "青山村一组网格群")
	holdsEach(t, "三组's year-end post", three, "【2026年度积分排行】",
		"本群另有 2 项2026年的积分申请还在审核，通过后也计入2026年、不清零，不用重新申请；排行有变动会在群里更正。")
	if strings.Contains(one, "还在审核") || one == "" {
		t.Errorf("一组's year-end post (nothing pending there):\n%s", one)
	}
}

// BenchmarkYearEndRun (pts90): the year-end run of the example village,
// two grids with points and claims pending: the tallies, the objected,
// approved and pending claims are one read (roundtrips/run).
func BenchmarkYearEndRun(b *testing.B) {
	benchYearEnd(b, "本群另有 1 项2026年的积分申请还在审核", func(f *pointsFixture) {
		f.record("QS-301", "张三", "三组", 10, "2026-11-02 09:00")
		f.record("QS-101", "刘建国", "一组", 6, "2026-11-02 09:05")
		f.submit("QS-301", "张三", "三组", "2026-12-28 10:00")
	})
}

// benchYearEnd reports the round trips of the 2026 year-end run on the
// example village set up by setup, each run's posts holding want.
func benchYearEnd(b *testing.B, want string, setup func(f *pointsFixture)) {
	var trips int64
	for i := 0; i < b.N; i++ {
		f := newPointsFixture(b)
		setup(f)
		at := f.at("2026-12-31 18:00")
		trips += f.runTrips(b, "points_year_end", at)
		if out := strings.Join(f.drain(at), "\n"); !strings.Contains(out, want) {
			b.Fatalf("run %d: %s", i, out)
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
