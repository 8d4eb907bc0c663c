package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/handlers/words"
	"gridbot/village"
)

// TestWatchdogRepeatsGoingIn: a cellar alarm nobody confirmed, where a
// bystander said his son went down and is not up either, was re-posted
// with the first alarm's words alone: the duty chat lost that two are
// down, the group whom not to follow (alarm104). One only going down is
// repeated as a warning.
func TestWatchdogRepeatsGoingIn(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	rep := village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardMedical,
		Text: "俺爹下菜窖拿白菜 半天没上来 喊也不应", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(15 * time.Minute)}
	rep.Tell("周八", at.Add(time.Minute), words.HeardNote+"我下去把他拉上来")
	rep.Tell("张三", at.Add(2*time.Minute), words.HeardNote+"他儿子下去也没上来")
	rep.Tell("周八", at.Add(3*time.Minute), words.HeardNote+"我再下去看看")
	f.addReport(rep)
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "张三说：他儿子下去也没上来", "现场至少两人遇险：请告诉120和119人数", "别再有人下去")
	holdsEach(t, "the group", out[1], "张三说「他儿子下去也没上来」：现场至少两人遇险，千万别再有人下去！", "千万别直接下去救")
}

// TestWatchdogRepeatsOneGoingDown: one who said he goes down is named in
// the re-posts as a warning; words that are no going in add nothing.
func TestWatchdogRepeatsOneGoingDown(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	rep := village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardMedical,
		Text: "红薯窖里下去一个人 晕在里面了", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(15 * time.Minute)}
	rep.Tell("周八", at.Add(time.Minute), words.HeardNote+"我下去把他拉上来")
	f.addReport(rep)
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "周八说：我下去把他拉上来", "现场有人要下去救人：请电话提醒现场先别去")
	holdsEach(t, "the group", out[1], "周八说「我下去把他拉上来」：先别去！")
	f = newPointsFixture(t)
	rep.History = nil
	rep.Tell("周八", at.Add(time.Minute), words.HeardNote+"千万别下去 等消防来")
	f.addReport(rep)
	out = f.watchdogReposts("青山村三组网格群")
	if strings.Contains(out[0], "说：千万别下去") || strings.Contains(out[1], "先别去！") {
		t.Errorf("a warning repeated as one going in: %q", out)
	}
}
