package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// addMonthItem stores an item of 三组 created at created, due at due,
// after steps (at, action) taken by 李四.
func addMonthItem(t *testing.T, f *pointsFixture, id, created, due string, steps ...[2]string) {
	t.Helper()
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
		Status: village.StatusNew, Text: "事项" + id, CreatedAt: f.at(created), DueAt: f.at(due), Source: id,
		History: []village.Entry{{At: f.at(created), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	for _, s := range steps {
		if err := rep.Apply(village.Action(s[1]), "李四", f.at(s[0]), "说明"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: id, Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
}

// TestMonthlyReportCountsItems: an item resolved, reopened and resolved
// again in the month is one item resolved (and one reopened), and the
// report says how many of the resolved ones were reopened on the way.
func TestMonthlyReportCountsItems(t *testing.T) {
	f := newPointsFixture(t)
	res, reo := string(village.ActResolve), string(village.ActReopen)
	addMonthItem(t, f, "a", "2026-11-03 09:00", "2026-11-20 09:00",
		[2]string{"2026-11-04 09:00", res}, [2]string{"2026-11-05 09:00", reo},
		[2]string{"2026-11-06 09:00", res}, [2]string{"2026-11-07 09:00", reo},
		[2]string{"2026-11-08 09:00", res}) // resolved three times, reopened twice
	addMonthItem(t, f, "b", "2026-11-10 09:00", "2026-11-20 09:00", [2]string{"2026-11-11 09:00", res}) // once, never reopened
	addMonthItem(t, f, "c", "2026-11-12 09:00", "2026-11-20 09:00",
		[2]string{"2026-11-13 09:00", res}, [2]string{"2026-11-14 09:00", reo}) // resolved, then reopened: open at the end
	out := f.run("monthly_report", "2026-12-01 09:05")
	if len(out) != 1 {
		t.Fatalf("got %d messages, want 1: %q", len(out), out)
	}
	for _, want := range []string{
		"青山村三组：新反映 3，办结 3（按期 3，其中 1 件重新打开过），报告人满意 0，重新打开 2，",
		"合计：新反映 3，办结 3（其中 1 件重新打开过），按期办结率 100%，",
	} {
		if !strings.Contains(out[0], want) {
			t.Errorf("monthly report lacks %q:\n%s", want, out[0])
		}
	}
}

// TestUnreachedSaysTheYear: the office told in January of an elder whose
// calls failed since December reads the date with its year, not a
// 「12月28日」 that could be this year's.
func TestUnreachedSaysTheYear(t *testing.T) {
	cfg, _ := exampleTownship(t)
	texts, _, _ := newTexts(cfg)
	loc := cfg.Location()
	item := unreachedCall{C: village.Call{Village: "青山村", Grid: "三组", Person: "石德贵", Phone: "13900000031", Misses: 2,
		LoggedAt: time.Date(2026, 12, 28, 9, 0, 0, 0, loc)}, Now: time.Date(2027, 1, 3, 8, 0, 0, 0, loc)}
	got := texts.Render("call.unreached.office", map[string]any{"Items": []unreachedCall{item}, "Asks": 2})
	if want := "青山村三组 石德贵（13900000031）2026年12月28日已连续 2 次电话没接通"; !strings.Contains(got, want) {
		t.Errorf("got %q, want it to hold %q", got, want)
	}
	item.Now = time.Date(2026, 12, 30, 8, 0, 0, 0, loc)
	got = texts.Render("call.unreached.office", map[string]any{"Items": []unreachedCall{item, item}, "Asks": 2})
	if want := "1. 青山村三组 石德贵（13900000031）12月28日已连续"; !strings.Contains(got, want) {
		t.Errorf("this year's: got %q, want it to hold %q", got, want)
	}
}
