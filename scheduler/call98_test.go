package scheduler

import (
	"strings"
	"testing"
)

// TestWarningChaseSkipsPhonedHouseholds: a warning's chase of the
// households that did not answer leaves out those whose elder its calls
// reach (王奶奶户, 白凤兰's 金大海户): counted, said once, not named beside
// the calls asked in the same message (call98).
func TestWarningChaseSkipsPhonedHouseholds(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-07 08:00")))
	f.urgentSnowWarning("2026-12-07 10:30")
	out := strings.Join(f.run("notice_followup", "2026-12-07 11:15"), "\n")
	want := "二、这条预警，三组还有 8 户没回复收到：张三户、陈二户、赵六户、周八户、郑十户、雷志明户，另有 2 户家里的老人已在预警电话里转告。"
	if !strings.Contains(out, want) {
		t.Errorf("the chase lacks %q:\n%s", want, out)
	}
	second := out[strings.Index(out, "二、"):]
	for _, named := range []string{"王奶奶户", "金大海户"} {
		if strings.Contains(second, named) {
			t.Errorf("the chase names %s, whose elder the warning's call reaches:\n%s", named, second)
		}
	}
}
