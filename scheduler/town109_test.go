package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// dangerCameTrue adds to f 老刘家's cracked wall, taken on, whose house
// came down as alarm #R2 at cameAt (closed since): the danger's own
// record names the alarm (Report.CameTrue, town109).
func dangerCameTrue(f *pointsFixture, at, cameAt time.Time) {
	f.addReport(village.Report{Type: village.General, Category: village.DangerCategory, Text: "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌",
		Reporter: "张三", CreatedAt: at, DueAt: at.Add(72 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		CameTrue: "R2", CameTrueAt: cameAt,
		History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}})
	f.addReport(village.Report{Type: village.Emergency, Text: "老刘家房子塌了 快来人", Reporter: "陈二", CreatedAt: cameAt, Danger: "R1",
		DueAt: cameAt.Add(2 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusClosed,
		History: []village.Entry{{At: cameAt, By: "陈二", Action: village.ActCreate, To: village.StatusNew},
			{At: cameAt.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: cameAt.Add(time.Hour), By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "没伤人"},
			{At: cameAt.Add(2 * time.Hour), By: "陈二", Action: village.ActConfirm, From: village.StatusResolved, To: village.StatusClosed}}})
}

// TestDigestsNameTheDangerComeTrue (town109): the 早报's 「其中安全隐患」
// line, the grid's evening 小结 and the danger's overdue reminder did not
// say the danger had come true; each now names its alarm.
func TestDigestsNameTheDangerComeTrue(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-12-08 09:00")
	dangerCameTrue(f, at, f.at("2026-12-09 19:00"))
	f.addReport(village.Report{Type: village.General, Category: village.DangerCategory, Text: "村口电线杆让雪压歪了", Reporter: "陈二",
		CreatedAt: f.at("2026-12-09 20:00"), DueAt: f.at("2026-12-12 20:00"), Status: village.StatusNew,
		History: []village.Entry{{At: f.at("2026-12-09 20:00"), By: "陈二", Action: village.ActCreate, To: village.StatusNew}}})
	got := strings.Join(f.run("morning_digest", "2026-12-10 08:30"), "\n")
	holdsEach(t, "the 早报", got, "其中安全隐患 2 件：#R1（昨天19:00已出险情 #R2） #R3，发「安全隐患有哪些」看逐件。")
	got = strings.Join(f.run("evening_digest", "2026-12-09 20:00"), "\n")
	holdsEach(t, "the 小结", got, "#R1 已受理 老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌（李四）；今天19:00同一处已出险情 #R2，隐患还要办结")
	if strings.Contains(got, "#R3 待受理 村口电线杆让雪压歪了（陈二）；") {
		t.Errorf("a danger not come true names an alarm:\n%s", got)
	}
	got = strings.Join(f.run("overdue", "2026-12-11 10:00"), "\n")
	holdsEach(t, "the overdue reminder", got, "#R1（一般事项）已过期限", "同一处12月9日已出险情 #R2，隐患要尽快排除。")
}
