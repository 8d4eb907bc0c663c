package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestCall111KinHomeOnList (call111): her worker's word that her family
// come home, kept on her call (village.Call.KinHome), is said on her line
// of the 08:00 list after it, and no more once the stay it names is over.
func TestCall111KinHomeOnList(t *testing.T) {
	f := newPointsFixture(t)
	reached := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-12-09 07:00"), Status: village.CallOpen,
		KinHome: "她儿子15号回来", KinHomeAt: f.at("2026-12-08 09:00")}
	f.storeCall(reached)
	var line string
	for _, o := range f.run("calls", "2026-12-09 08:00") {
		if strings.HasPrefix(o, "马红梅: ") {
			line = o
		}
	}
	if !strings.Contains(line, "高秀英") || !strings.Contains(line, "12月8日听说她儿子15号回来") {
		t.Fatalf("her list:\n%s\nwant the homecoming said", line)
	}
	h := historyOf([]village.Call{reached})
	if k, ok := h.kinHome[reached.PersonKey]; !ok || k.KinHomeShown(f.at("2026-12-25 08:00")) {
		t.Errorf("the homecoming of 12-15 is still shown on 12-25: %+v", k)
	}
}
