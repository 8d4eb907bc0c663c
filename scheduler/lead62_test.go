package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestOverdueEmergencyNamesNoneInCharge: an emergency nobody
// confirmed, listed among the 早报's 超期 on a later morning, said
// 「待受理，李四负责」 though nobody took it; like 查 (town63) it says
// nobody confirmed it and whom it alerted.
func TestMorningDigestOverdueEmergencyNamesNoneInCharge(t *testing.T) {
	f := newPointsFixture(t)
	fire := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Emergency, Hazard: village.HazardFire, Text: "山上冒烟了，好像着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(15 * time.Minute), Handlers: []string{"李四"}})
	f.run("morning_digest", "2026-03-03 08:30")
	f.addReport(village.Report{Type: village.General, Category: "其他", Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: f.at("2026-03-03 10:00"),
		DueAt: f.at("2026-03-06 10:00"), Handlers: []string{"李四"}})
	second := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "two mornings after", second, "#R1 青山村三组 突发事件 山上冒烟了，好像着火了（还没有人确认接手，已通知李四（13900000004），期限")
	if strings.Contains(second, "待受理，李四（13900000004）负责") {
		t.Errorf("names one in charge who never confirmed:\n%s", second)
	}
}
