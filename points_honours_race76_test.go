package main

import (
	"strings"
	"testing"
	"time"
)

// TestHonoursSettledInTheMinuteOfFinalise: November's #C1 is under
// objection since December (its group told on 8 December it waits for
// 维持 or 撤销); December's #C2, published on 1 January, closes its 公示
// at 9:00 on 8 January; the year-end post named the honours 暂定. The
// scorer's 维持 #C1 at 9:00:20 is the year's last settlement together
// with the 9:00 run that makes #C2 final, in whichever order the two
// commit: the village hears once that the honours are settled. Before,
// when the settlement committed between the run's reads and its commit,
// neither said it (each read the other's item open) and the village
// waited for the next day's run.
func TestHonoursSettledInTheMinuteOfFinalise(t *testing.T) {
	const g3 = "青山村三组网格群"
	const final = "【2026年积分荣誉户已确定】"
	for _, order := range []string{"run first", "settlement mid-run", "settlement first"} {
		t.Run(order, func(t *testing.T) {
			l := newLiveTown(t, time.Date(2026, 11, 10, 8, 0, 0, 0, time.FixedZone("CST", 8*3600)))
			none := 0 // any household with points is honoured (pointsConfig's)
			l.a.Config.Points.Ranking.HonourShare, l.a.Config.Points.Ranking.HonourMin = 100, &none
			l.say(l.at("2026-11-10T10:00:00"), g3, "赵六", "加分 张三 志愿服务 10")
			l.tick(l.at("2026-12-01T09:00:00"))
			l.say(l.at("2026-12-03T10:00:00"), g3, "陈二", "异议 #C1 张三那天没去")
			l.say(l.at("2026-12-03T10:05:00"), g3, "赵六", "加分 陈二 志愿服务 10")
			end := strings.Join(l.tick(l.at("2026-12-31T18:00:00")), "\n")
			l.tick(l.at("2027-01-01T09:00:00")) // December's 公示
			l.tick(l.at("2027-01-08T08:59:00"))
			if !strings.Contains(end, "暂定") {
				t.Fatalf("the year-end post named no honours 暂定:\n%s", end)
			}
			var out []string
			settle := func() { out = append(out, l.say(l.at("2027-01-08T09:00:20"), g3, "赵六", "维持 #C1")...) }
			switch order {
			case "run first":
				out = append(out, l.tick(l.at("2027-01-08T09:00:10"))...)
				settle()
			case "settlement mid-run":
				l.jobStore.before, l.jobStore.meanwhile = "job:points_finalise:", settle
				out = append(out, l.tick(l.at("2027-01-08T09:00:10"))...)
				if l.jobStore.meanwhile != nil {
					t.Fatal("the settlement did not come between the run's reads and its commit")
				}
			case "settlement first":
				settle()
				out = append(out, l.tick(l.at("2027-01-08T09:00:40"))...)
			}
			if next := strings.Join(l.tick(l.at("2027-01-09T09:00:10")), "\n"); strings.Contains(next, final) {
				t.Errorf("the honours were settled only by the next day's run:\n%s", next)
			}
			all := strings.Join(out, "\n")
			if !strings.Contains(all, "【积分生效】") {
				t.Errorf("#C2 not made final:\n%s", all)
			}
			for _, to := range []string{g3, "青山镇网格工作群"} {
				n := 0
				for _, line := range out {
					if strings.HasPrefix(line, to+": ") && strings.Contains(line, final) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s told %d times that the honours are settled, want once (on the 8th):\n%s", to, n, all)
				}
			}
		})
	}
}
