package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestDigestReopenedTownItem: an item the township took over, resolved
// and its reporter reopened (重新处理), overdue, is listed in the 早报 as
// the township's (镇里孙七 在办), not as every handler's.
func TestDigestReopenedTownItem(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), SLADue: at.Add(72 * time.Hour), Status: village.StatusReopened, Handlers: []string{"李四", "孙七"},
		History: []village.Entry{
			{At: at.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: at.Add(2 * time.Minute), By: "李四", Action: village.ActEscalate, Note: "村里没有电工", From: village.StatusAccepted, To: village.StatusEscalated},
			{At: at.Add(3 * time.Minute), By: "孙七", Action: village.ActAccept, From: village.StatusEscalated, To: village.StatusEscalated},
			{At: at.Add(time.Hour), By: "孙七", Action: village.ActResolve, Note: "修好了", From: village.StatusEscalated, To: village.StatusResolved},
			{At: at.Add(2 * time.Hour), By: "张三", Action: village.ActReopen, Note: "还是不亮", From: village.StatusResolved, To: village.StatusReopened},
		}})
	digest := strings.Join(f.run("morning_digest", "2026-03-06 08:30"), "\n")
	if !strings.Contains(digest, "重新处理，镇里孙七") || strings.Contains(digest, "李四 13900000004、孙七") {
		t.Errorf("the 早报 of a reopened township item:\n%s", digest)
	}
}
