package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestNoticeTooSoonForTomorrowsCall: 王奶奶 was phoned this morning. A
// notice of tomorrow's 9:00 meeting, chased at 18:15, cannot wait for
// tomorrow's 8:00 list: 王五 is asked to phone her again today, and her
// call is due now. One whose time leaves tomorrow's list in time (the day
// after tomorrow), or that names no time, waits for it as before
// (notice66).
func TestNoticeTooSoonForTomorrowsCall(t *testing.T) {
	for _, c := range []struct {
		text, want, due string
		posted, chased  string
	}{
		{"明天上午9点 村委会开会 各户派一人参加 讨论修路的事",
			"王奶奶今天已经打过电话，但通知说的是明天09:00，等明天的回访清单就来不及了：请今天再打个电话告诉王奶奶（13900000001），打完回复「回访 王奶奶 已通 已转告」。",
			"2026-12-06 18:15", "2026-12-06 11:03", "2026-12-06 18:15"},
		{"明天停水一天 请提前储水",
			"王奶奶今天已经打过电话，但通知说的是明天（12月7日），等明天的回访清单就来不及了：请今天再打个电话告诉王奶奶（13900000001）",
			"2026-12-06 18:15", "2026-12-06 11:03", "2026-12-06 18:15"},
		// posted the day before: chased a day after
		{"12月8日上午9点在村卫生室体检", "王奶奶今天已经打过电话：这条通知会列在明天的电话回访清单上", "2026-12-07 08:00",
			"2026-12-05 11:03", "2026-12-06 11:15"},
		{"最近天干物燥 请大家注意用火安全", "王奶奶今天已经打过电话：这条通知会列在明天的电话回访清单上", "2026-12-07 08:00",
			"2026-12-05 11:03", "2026-12-06 11:15"},
	} {
		t.Run(c.text, func(t *testing.T) {
			f := newPointsFixture(t)
			cfg, people := exampleTownship(t)
			f.use(cfg, people, f.st)
			f.run("calls", "2026-12-06 08:00")
			for _, call := range storageMust(t, f) {
				if call.Person == "王奶奶" { // phoned at 10:00
					call.Status, call.LoggedAt, call.ClosedAt = village.CallReached, f.at("2026-12-06 10:00"), f.at("2026-12-06 10:00")
					f.storeCall(call)
				}
			}
			f.storeNotice(village.Notice{Text: c.text, By: "孙七", At: f.at(c.posted), Groups: []string{"青山村三组网格群"}})
			out := strings.Join(f.run("notice_followup", c.chased), "\n")
			if !strings.Contains(out, c.want) {
				t.Errorf("the follow-up lacks %q:\n%s", c.want, out)
			}
			var due []string
			for _, call := range storageMust(t, f) {
				if call.Person == "王奶奶" {
					due = append(due, call.Due.In(cfg.Location()).Format("2006-01-02 15:04"))
				}
			}
			if len(due) != 1 || due[0] != c.due {
				t.Errorf("王奶奶's open calls due %v, want one at %s", due, c.due)
			}
		})
	}
}

func storageMust(t *testing.T, f *pointsFixture) []village.Call {
	t.Helper()
	calls, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	return calls
}
