package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
)

// TestHonoursSettledOnce: the year-end post names the honours 暂定 while
// December's points are still to be published; when their 公示 closes in
// January and every point of the year is final, the village hears once
// (each grid the year-end post went to, and the township office) that the
// honours are settled, with the final list and whether it changed from
// the 暂定 one. A year whose honours were final at its end hears nothing
// more.
func TestHonoursSettledOnce(t *testing.T) {
	for _, tt := range []struct {
		name      string
		december  bool     // a December item, published on 1 January
		corrected []string // the archived honours changed by a settlement meanwhile
		want      []string // in 三组's post
	}{
		{"unchanged", true, nil, []string{"【2026年积分荣誉户已确定】青山村2026年的积分都已公示期满、核实完毕，荣誉户最终确定：张三户、陈二户，和年终公布的暂定名单一样，祝贺！"}},
		{"corrected", true, []string{"QS-301"}, []string{"荣誉户最终确定：张三户（年终暂定的是张三户、陈二户，已按核实结果更正），祝贺！"}},
		{"final at the year end", false, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newPointsFixture(t)
			ctx := context.Background()
			f.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00") // 公示 1 Dec, final 8 Dec
			if tt.december {
				f.record("QS-302", "陈二", "三组", 8, "2026-12-10 10:00") // 公示 1 Jan, final 8 Jan
			} else {
				f.record("QS-302", "陈二", "三组", 8, "2026-11-11 10:00")
			}
			f.run("points_publicity", "2026-12-01 09:00")
			f.run("points_finalise", "2026-12-08 09:00")
			f.run("points_year_end", "2026-12-31 18:00")
			if tt.corrected != nil {
				y, _, err := storage.Ranking(ctx, f.st, f.sc, "2026")
				if err != nil {
					t.Fatal(err)
				}
				y.Honours = tt.corrected
				if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "fix", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
					t.Fatal(err)
				}
			}
			f.run("points_publicity", "2027-01-01 09:00")
			if out := f.run("points_finalise", "2027-01-05 09:00"); len(out) != 0 {
				t.Errorf("before the window closed: %q", out)
			}
			out := f.run("points_finalise", "2027-01-08 09:00") // twice, as a restarted replica would
			all := strings.Join(out, "\n")
			if tt.want == nil {
				if strings.Contains(all, "荣誉户已确定") {
					t.Errorf("honours final at the year end are settled again:\n%s", all)
				}
				return
			}
			if n := countIn(out, "青山村三组网格群: 【2026年积分荣誉户已确定】"); n != 1 {
				t.Errorf("三组 told %d times, want once:\n%s", n, all)
			}
			if n := countIn(out, "青山镇网格工作群: 【2026年积分荣誉户已确定】"); n != 1 {
				t.Errorf("the office told %d times, want once:\n%s", n, all)
			}
			if n := countIn(out, "青山村一组网格群"); n != 0 {
				t.Errorf("一组, where nobody had points, was told:\n%s", all)
			}
			holdsEach(t, "what was sent", all, tt.want...)
			if final, settled := strings.Index(all, "【积分生效】2026年12月"), strings.Index(all, "荣誉户已确定"); final < 0 || settled < final {
				t.Errorf("want December's points final, then the honours settled:\n%s", all)
			}
			if out := f.run("points_finalise", "2027-01-09 09:00"); len(out) != 0 {
				t.Errorf("told again the next day: %q", out)
			}
			y, _, err := storage.Ranking(ctx, f.st, f.sc, "2026")
			if err != nil || y.Pending() {
				t.Errorf("archive still pending after the honours were settled: %+v, %v", y, err)
			}
		})
	}
}
