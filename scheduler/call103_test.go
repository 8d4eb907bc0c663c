package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestCall103WarningSkipsElderAway (call103): a cold-wave warning's calls
// listed 白凤兰 though her son had said she stays at her daughter's till
// after the new year (her calls paused): she is not home alone to be
// told. The others are phoned as before.
func TestCall103WarningSkipsElderAway(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(village.Call{Village: "青山村", Grid: "三组", Person: "白凤兰", PersonKey: "青山村/QS-311/白凤兰", Phone: "13900000053",
		Worker: "王五", Topic: village.TopicOwn, Due: f.at("2026-12-05 09:00"), Status: village.CallAway, Outcome: village.OutcomeMissed,
		LoggedAt: f.at("2026-12-05 09:00"), LoggedBy: "金大海", AwayOwn: true, AwayUntil: f.at("2027-02-13 00:00"),
		Note: "我妈去我姐家住了 过完年再回来"})
	f.coldWaveWarning("2026-12-06 15:30")
	out := strings.Join(f.run("notice_followup", "2026-12-06 16:15"), "\n")
	if !strings.Contains(out, "王五: 【寒潮预警·请给老人打电话】#N1") || !strings.Contains(out, "王奶奶 13900000001") {
		t.Fatalf("the warning's run:\n%s", out)
	}
	if strings.Contains(out, "白凤兰") {
		t.Errorf("白凤兰, away, is phoned for the warning:\n%s", out)
	}
	// back by then: phoned again
	if !f.callListed("2027-02-13 08:00", "王五", "白凤兰") {
		t.Errorf("白凤兰's calls do not resume on 正月初八")
	}
}
