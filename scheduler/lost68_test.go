package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogLeaderMissingHimself: the re-alert of 陈桂兰's 「我家老头子…
// 还没回来」, her husband 刘建国 the grid leader himself missing, chases
// 马红梅 and 何志强 in the group (not him, not 「请网格长」) and tells the
// duty chat plainly that the leader himself is missing.
func TestWatchdogLeaderMissingHimself(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "一组", Chat: "青山村一组网格群", Type: village.Emergency, Hazard: village.HazardMissing,
		Text: "我家老头子早上出去放羊到现在还没回来 电话也打不通", Reporter: "陈桂兰", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村一组网格群")
	holdsEach(t, "the duty chat", out[0], "走失的人：刘建国（户号QS-101，电话 13800001011，住青山村一组12号）\n走失的是网格长刘建国本人，请直接联系马红梅、何志强。\n")
	holdsEach(t, "the group", out[1], "@马红梅", "@何志强", "网格长刘建国本人走失，请马红梅、何志强立即组织人手分头寻找，开始找后回复「确认 #R1」。")
	if strings.Contains(out[1], "@刘建国") || strings.Contains(out[1], "请网格长") {
		t.Errorf("the group's re-post asks the missing leader:\n%s", out[1])
	}
}

// TestWatchdogWorkersAlarm: the re-alert of 杨春花's (a worker's) alarm
// chases 黄永红 and 朱大勇, saying she reported it.
func TestWatchdogWorkersAlarm(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "二组", Chat: "青山村二组网格群", Type: village.Emergency, Hazard: village.HazardCollapse,
		Text: "田卫东家房子塌了一角 有人被压了", Reporter: "杨春花", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村二组网格群")
	holdsEach(t, "the group", out[1], "@黄永红", "@朱大勇", "网格员杨春花已报告，请黄永红、朱大勇立即赶到现场、组织疏散，到场后回复「确认 #R1」。")
	if strings.Contains(out[1], "@杨春花") {
		t.Errorf("the group's re-post @s the worker who reported it:\n%s", out[1])
	}
}

// TestWatchdogNamesTheHome: the re-alert of 陈二's 「王奶奶家的炭盆把被子烤
// 着了」 names her household, its phone without WeChat and its 家庭住址 to
// the duty chat as the first post did, and never in the group (alarm99).
func TestWatchdogNamesTheHome(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardFire,
		Text: "王奶奶家的炭盆把被子烤着了 快来人", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "情况：王奶奶家的炭盆把被子烤着了 快来人\n这一户（花名册）：王奶奶家，户号QS-305：王奶奶（户主）（不用微信，13900000001）；住址：青山村三组20号\n")
	if strings.Contains(out[1], "20号") || strings.Contains(out[1], "13900000001") {
		t.Errorf("the group's re-post names the home:\n%s", out[1])
	}
}
