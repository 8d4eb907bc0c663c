package scheduler

import (
	"testing"

	"gridbot/village"
)

// TestMissedHospitalPausesCalls: 高秀英's call, missed on 2 March with
// her son's word that she is in hospital till the 5th (closed as
// village.CallAway, not reached), is not tried again on the 3rd nor the
// 4th, and her routine call is back on 马红梅's list on the 5th.
func TestMissedHospitalPausesCalls(t *testing.T) {
	f := newPointsFixture(t)
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-02 08:00")}
	c.Log(village.OutcomeMissed, "没打通 她儿子说她住院了 5号出院", "马红梅", f.at("2026-03-02 10:00"), 2)
	c.Status, c.AwayUntil = village.CallAway, f.at("2026-03-05 00:00")
	f.storeCall(c)
	for _, day := range []string{"2026-03-03 08:00", "2026-03-04 08:00"} {
		if f.callListed(day, "马红梅", "高秀英") {
			t.Errorf("listed on %s: in hospital, the miss is not tried again", day)
		}
	}
	if !f.callListed("2026-03-05 08:00", "马红梅", "高秀英") {
		t.Error("not listed on the 5th: her calls resume on her return day")
	}
}
