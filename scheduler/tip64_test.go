package scheduler

import (
	"testing"

	"gridbot/village"
)

// TestHospitalPausesRoutineCalls: 高秀英 (重点, monthly), reached on 2 March
// with the note that she is in hospital until 5 March (Call.AwayUntil), is
// on nobody's list on the 4th and back on 马红梅's on the 5th, though her
// month is not up; reached without it, she is not listed on the 5th.
func TestHospitalPausesRoutineCalls(t *testing.T) {
	for _, away := range []bool{true, false} {
		f := newPointsFixture(t)
		c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
			Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
			RemindedAt: f.at("2026-03-02 08:00")}
		c.Log(village.OutcomeReached, "她儿子说她住院了", "马红梅", f.at("2026-03-02 10:00"), 2)
		if away {
			c.AwayUntil = f.at("2026-03-05 00:00")
		}
		f.storeCall(c)
		if f.callListed("2026-03-04 08:00", "马红梅", "高秀英") {
			t.Errorf("away %v: listed on the 4th, in hospital", away)
		}
		if got := f.callListed("2026-03-05 08:00", "马红梅", "高秀英"); got != away {
			t.Errorf("away %v: listed on the 5th %v, want %v (calls resume on her return day)", away, got, away)
		}
	}
}
