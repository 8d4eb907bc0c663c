package scheduler

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
)

// TestYearEndHonoursDefaultRule: with the default rule (config.example:
// at most 3, within the first 10% of the village's households, a
// household average of 20 at least), households that scored a little are
// ranked but not honoured, and the post says why; one that scored well is.
func TestYearEndHonoursDefaultRule(t *testing.T) {
	for _, tt := range []struct {
		name    string
		scores  map[string]int
		want    string
		honours []string
	}{
		{"few scored little", map[string]int{"QS-301": 10, "QS-101": 6}, "今年没有哪一户达到积分荣誉户的标准（户均至少 20 分）", []string{}},
		{"one scored well", map[string]int{"QS-301": 90, "QS-101": 6}, "积分荣誉户：张三户，祝贺！", []string{"QS-301"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newPointsFixture(t)
			cfg, people := exampleTownship(t)
			cfg.Points.Ranking.HonourShare, *cfg.Points.Ranking.HonourMin = 10, 20 // config.example's
			f.use(cfg, people, f.st)
			names := map[string][2]string{"QS-301": {"张三", "三组"}, "QS-101": {"刘建国", "一组"}}
			for hh, pts := range tt.scores {
				f.record(hh, names[hh][0], names[hh][1], pts, "2026-11-02 09:00")
			}
			f.run("points_publicity", "2026-12-01 09:00")
			f.run("points_finalise", "2026-12-08 09:00")
			out := f.run("points_year_end", "2026-12-31 18:00")
			if countIn(out, tt.want) == 0 {
				t.Errorf("year-end posts lack %q:\n%s", tt.want, strings.Join(out, "\n"))
			}
			r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
			if err != nil || !ok || !cmp.Equal(r.Honours, tt.honours) {
				t.Errorf("archived 2026 honours = %v, %v, %v; want %v", r.Honours, ok, err, tt.honours)
			}
		})
	}
}

// TestNoHonoursSettledQuietly: a year whose end named no 荣誉户 (none
// qualified) while December's items were still to be published: when
// they are final and still none qualifies, no 「荣誉户已确定：无」 is posted,
// and the archive is settled all the same.
func TestNoHonoursSettledQuietly(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Points.Ranking.HonourShare, *cfg.Points.Ranking.HonourMin = 10, 20 // config.example's
	f.use(cfg, people, f.st)
	f.record("QS-301", "张三", "三组", 10, "2026-12-02 09:00")
	if out := f.run("points_year_end", "2026-12-31 18:00"); countIn(out, "今年没有哪一户达到积分荣誉户的标准") == 0 {
		t.Errorf("year-end posts:\n%s", strings.Join(out, "\n"))
	}
	f.run("points_publicity", "2027-01-01 09:00")
	if out := f.run("points_finalise", "2027-01-08 09:00"); countIn(out, "荣誉户已确定") != 0 {
		t.Errorf("settled no honours aloud:\n%s", strings.Join(out, "\n"))
	}
	r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
	if err != nil || !ok || r.Settled == "" {
		t.Errorf("archive settled %q, %v, %v; want settled", r.Settled, ok, err)
	}
}
