package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestOverdueEmergencyNamesNoneInCharge: an emergency nobody
// confirmed, in the 早报 on a later morning, said 「待受理，李四负责」
// though nobody took it; it names nobody in charge, only whom to call
// (its line at the head since town108, not among the 超期).
func TestMorningDigestOverdueEmergencyNamesNoneInCharge(t *testing.T) {
	f := newPointsFixture(t)
	fire := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Emergency, Hazard: village.HazardFire, Text: "山上冒烟了，好像着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(15 * time.Minute), Handlers: []string{"李四"}})
	f.run("morning_digest", "2026-03-03 08:30")
	f.addReport(village.Report{Type: village.General, Category: "其他", Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: f.at("2026-03-03 10:00"),
		DueAt: f.at("2026-03-06 10:00"), Handlers: []string{"李四"}})
	second := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	// left unconfirmed it heads the 早报 each morning (town108), whom to
	// call its grid's leader
	holdsEach(t, "two mornings after", second, "#R1 青山村三组 山上冒烟了，好像着火了（3月2日 09:00报告，已超过1天没人确认；网格长：李四 13900000004）")
	if strings.Contains(second, "待受理，李四（13900000004）负责") {
		t.Errorf("names one in charge who never confirmed:\n%s", second)
	}
}
