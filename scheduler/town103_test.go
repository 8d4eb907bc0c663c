package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestUnclaimedCaughtUpSaysWhenDue (town103): 【镇里待接手】 caught up after
// downtime (15:35 for 10:00) said nothing of it, where the 早报 and the
// monthly report say when they were due; both its forms now do.
func TestUnclaimedCaughtUpSaysWhenDue(t *testing.T) {
	f := newPointsFixture(t)
	sentUpAt(f, "桥栏杆断了", "2026-12-07 09:00")
	first := strings.Join(f.runLate("unclaimed", "2026-12-08 10:00", "2026-12-08 15:35", 1), "\n")
	holdsEach(t, "the first list, late", first, "【镇里待接手】这件上报镇后已过受理时限", "（原定今天10:00发，机器人当时没在运行，今天15:35补发）")
	again := strings.Join(f.runLate("unclaimed", "2026-12-09 10:00", "2026-12-09 11:00", 1), "\n")
	holdsEach(t, "the brief list, late", again, "【镇里待接手】仍有 1 件没人接手", "（原定今天10:00发，机器人当时没在运行，今天11:00补发）")
	if onTime := strings.Join(f.run("unclaimed", "2026-12-10 10:00"), "\n"); strings.Contains(onTime, "原定") {
		t.Errorf("on time, said late:\n%s", onTime)
	}
}

// TestMorningDigestReadsInOrder (town103): the 早报's 「按类型」 line stood
// between the township's lists (after 等镇里接手, before 超期), away from
// the total it breaks down, and the night's emergencies came last. It now
// follows the total, and the emergencies come before what waits on the
// township.
func TestMorningDigestReadsInOrder(t *testing.T) {
	f := newPointsFixture(t)
	sentUpAt(f, "桥栏杆断了", "2026-12-08 09:00")
	at := f.at("2026-12-08 20:00")
	f.addReport(village.Report{Type: village.Mediation, Text: "两家为地界吵起来了", Reporter: "陈二", CreatedAt: at.Add(-time.Hour),
		DueAt: at.Add(96 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		History: []village.Entry{{At: at.Add(-time.Hour), By: "陈二", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(-50 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}})
	f.addReport(village.Report{Type: village.Emergency, Text: "后山着火了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(time.Hour), Handlers: []string{"李四"}, Status: village.StatusResolved,
		History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(5 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: at.Add(time.Hour), By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "火灭了"}}})
	got := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	order := []string{"全镇未办结 2 件", "\n按类型：一般 1，调解 1\n近一天突发：\n#R3", "火灭了）\n等镇里接手的上报", "桥栏杆断了"}
	last := -1
	for _, w := range order {
		i := strings.Index(got, w)
		if i < 0 || i < last {
			t.Fatalf("早报 out of order at %q:\n%s", w, got)
		}
		last = i
	}
}
