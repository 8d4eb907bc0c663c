package scheduler

import (
	"strings"
	"testing"
)

// TestYearEndWaitingWordedByStage: the year-end post names the points not
// final yet by where they are: 待公示 when none is in its window yet (it
// said 「还在公示的积分」 of points published only on 1 January), 公示中和
// 待公示 when both kinds are there.
func TestYearEndWaitingWordedByStage(t *testing.T) {
	for _, tc := range []struct {
		name      string
		published bool // November's published on 28 December, in its window at the year's end
		want      string
	}{
		{"upcoming only", false, "没兑换的积分不清零，新的一年照常可以兑换，待公示的积分生效后也一样。"},
		{"in window and upcoming", true, "没兑换的积分不清零，新的一年照常可以兑换，公示中和待公示的积分生效后也一样。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			cfg, people := exampleTownship(t)
			cfg.Points.YearEnd.Unspent = "keep"
			f.use(cfg, people, f.st)
			if tc.published {
				// November's, published late (the bot was down on 1 December)
				f.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00")
				f.run("points_publicity", "2026-12-28 09:00")
			} else {
				f.record("QS-301", "张三", "三组", 10, "2026-12-10 10:00")
			}
			f.record("QS-302", "陈二", "三组", 8, "2026-12-29 10:00")
			got := posts(f.run("points_year_end", "2026-12-31 18:00"), "青山村三组网格群")
			holdsEach(t, "year-end post", got, tc.want)
			if strings.Contains(got, "还在公示的积分") && !tc.published {
				t.Errorf("points not yet published said to be in 公示: %s", got)
			}
		})
	}
}
