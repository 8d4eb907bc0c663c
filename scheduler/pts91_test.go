package scheduler

import (
	"strings"
	"testing"
)

// TestYearEndTellsGridOnlyPending (pts91): a grid whose only claims of the
// year still wait for the scorers at the year-end run (一组: nobody there
// scored) gets the short post: nothing approved there yet, the claims
// waiting count in 2026 when approved and need not be made again, and
// where to see the village's ranking. A grid with nothing (二组) gets
// nothing; 三组, where someone scored, the full ranking. Before, 一组
// heard nothing of its waiting claims.
func TestYearEndTellsGridOnlyPending(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "张三", "三组", 10, "2026-11-02 09:00")
	f.submit("QS-101", "刘洋", "一组", "2026-12-20 10:00")
	f.submit("QS-105", "唐磊", "一组", "2026-12-31 17:00")
	out := f.run("points_year_end", "2026-12-31 18:00")
	one, two, three := posts(out, "青山村一组网格群"), posts(out, "青山村二组网格群"), posts(out, "青山村三组网格群")
	holdsEach(t, "一组's year-end post", one, "【2026年度积分排行】青山村一组\n", "本群2026年还没有审核通过的积分，全村的年终排行请发「积分排行 2026」查看。",
		"本群另有 2 项2026年的积分申请还在审核，通过后也计入2026年、不清零，不用重新申请；排行有变动会在群里更正。", "2027年的积分从零算起。")
	if strings.Contains(one, "户均") || strings.Count(one, "【") != 1 {
		t.Errorf("一组's post ranks households or comes twice:\n%s", one)
	}
	if two != "" {
		t.Errorf("二组 (nothing of 2026) got:\n%s", two)
	}
	holdsEach(t, "三组's year-end post", three, "【2026年度积分排行】青山村（按户均分）", "1. 张三户")
	if strings.Contains(three, "还在审核") {
		t.Errorf("三组 (nothing pending) hears of 一组's claims:\n%s", three)
	}
}

// BenchmarkYearEndRunShortPost (pts91): the year-end run where 一组's
// only claims are pending (the short post) beside 三组's ranking: the
// short post is of the one read (yearEndRead) and the run's commit, as
// BenchmarkYearEndRun (roundtrips/run).
func BenchmarkYearEndRunShortPost(b *testing.B) {
	benchYearEnd(b, "本群2026年还没有审核通过的积分", func(f *pointsFixture) {
		f.record("QS-301", "张三", "三组", 10, "2026-11-02 09:00")
		f.submit("QS-101", "刘洋", "一组", "2026-12-28 10:00")
	})
}
