package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogLeaderHurtHimself: the re-alert of 网格长李四's own 「我从梯子
// 上摔下来了 腿好像断了」 chases 王五 in the group (not him, not 「请网格
// 长」) and tells the duty chat the leader himself is hurt (left71).
func TestWatchdogLeaderHurtHimself(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardMedical,
		Text: "我从梯子上摔下来了 腿好像断了", Reporter: "李四", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "遇险的是网格长李四本人（报告人），请调度120，并联系王五赶去现场。")
	holdsEach(t, "the group", out[1], "@王五", "网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。")
	if strings.Contains(out[1], "@李四") || strings.Contains(out[1], "请网格长") {
		t.Errorf("the group's re-post asks the hurt leader:\n%s", out[1])
	}
}
