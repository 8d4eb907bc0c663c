package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestCall94LeaderReminderAsksForwarded: the grid leader told of calls
// left unmade is asked to have them logged 「已通 已转告」 when every one
// passes a notice or warning on, 「已通 情况」 with the note when some do,
// and one elder's routine call by her name (call94; main asked 「回访 名字
// 已通 情况」 of all).
func TestCall94LeaderReminderAsksForwarded(t *testing.T) {
	cfg, people := exampleTownship(t)
	j := newJobs(Deps{Config: cfg, Store: storagetest.New(t), People: roster.NewDirectory(people)})
	at := time.Date(2026, 12, 15, 8, 0, 0, 0, cfg.Location())
	item := func(id, name, relays string) callItem {
		return callItem{C: village.Call{ID: id, Village: "青山村", Grid: "三组", Person: name, Phone: "13900000001", Care: village.CareFocus,
			Status: village.CallOpen, Due: at.AddDate(0, 0, -13)}, Topic: joinTopic(routineTopic, relays), Own: routineTopic, Relays: relays, Care: "重点"}
	}
	const cold = "转告12月15日的预警：寒潮蓝色预警：今天起降温8到10度"
	told := func(step string, items ...callItem) string {
		t.Helper()
		_, out := j.tellLeaders(at, "王五", items)
		if len(out) != 1 || out[0].To != "李四" {
			t.Fatalf("%s: told %v, want 李四 once", step, out)
		}
		return out[0].Text
	}
	each := told("every call passing it on", item("T1", "王奶奶", cold), item("T2", "石德贵", cold))
	holdsEach(t, "every call passing it on", each, "提醒王五打完回复「回访 名字 已通 已转告」；")
	if strings.Contains(each, "已通 情况") {
		t.Errorf("calls passing a warning on asked 「已通 情况」:\n%s", each)
	}
	holdsEach(t, "some passing it on", told("some", item("T1", "王奶奶", cold), item("T2", "石德贵", "")),
		"提醒王五打完回复「回访 名字 已通 情况」（转告了通知的写「已通 已转告」）；")
	holdsEach(t, "one routine call", told("one", item("T2", "石德贵", "")), "提醒王五打完回复「回访 石德贵 已通 情况」；")
}

// TestCall94CoverageAsksForwarded: last month's report asks the calls
// left made up, logged 「已通 已转告」 when every one still to make passes
// a notice on (put on them before the report), 「已通 情况」 with the note
// when some do, 「已通 情况」 when none does (call94).
func TestCall94CoverageAsksForwarded(t *testing.T) {
	for _, tc := range []struct {
		name  string
		grids []string // whose calls pass the notice on
		want  string
	}{
		{"none", nil, "请各网格长督促负责的网格员本月补上，打完回复「回访 名字 已通 情况」。"},
		{"some", []string{"三组"}, "打完回复「回访 名字 已通 情况」（转告了通知的写「已通 已转告」）。"},
		{"every", []string{"一组", "二组", "三组"}, "请各网格长督促负责的网格员本月补上，打完回复「回访 名字 已通 已转告」。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			cfg, people := exampleTownship(t)
			f.use(cfg, people, f.st)
			f.run("calls", "2026-12-02 08:00")
			for _, c := range storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t) {
				if slices.Contains(tc.grids, c.Grid) {
					c.Notices = []string{"N1"}
					f.storeCall(c)
				}
			}
			out := strings.Join(f.run("coverage", "2027-01-01 09:00"), "\n")
			holdsEach(t, tc.name, out, "【上月电话回访】2026年12月", tc.want)
		})
	}
}
