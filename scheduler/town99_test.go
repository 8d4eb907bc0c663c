package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestListsWhatTheOverdueCheckTellsFirst (town99): an item
// sent up whose time to accept ran out before the 08:30 早报 and whose
// township deadline passes before the 09:00 check was counted in
// 「1 件已过受理时限还没人接手，10:00另发【镇里待接手】清单」, but the 09:00
// check told the office of it and the 10:00 list left it out: the office
// looked for it in vain. The 早报 now lists it itself.
func TestMorningDigestListsWhatTheOverdueCheckTellsFirst(t *testing.T) {
	f := newPointsFixture(t)
	up := f.at("2026-12-08 08:00")
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "张三", CreatedAt: up.Add(-48 * time.Hour),
		DueAt: f.at("2026-12-09 08:50"), Handlers: []string{"李四"}, Status: village.StatusEscalated,
		History: []village.Entry{{At: up, By: "李四", Action: village.ActEscalate, From: village.StatusAccepted, To: village.StatusEscalated}}})
	digest := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	holdsEach(t, "the 早报", digest, "#R1 青山村三组 桥栏杆断了（12月8日上报）")
	if strings.Contains(digest, "10:00另发") {
		t.Errorf("the 早报 leaves to the 10:00 list an item the 09:00 check tells:\n%s", digest)
	}
	holdsEach(t, "the 09:00 check", strings.Join(f.run("overdue", "2026-12-09 09:00"), "\n"), "#R1", "上报镇后已过期限")
	if list := f.run("unclaimed", "2026-12-09 10:00"); len(list) != 0 {
		t.Errorf("the 10:00 list, the item told at 09:00: %q", list)
	}
}
