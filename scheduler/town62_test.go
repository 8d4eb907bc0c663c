package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestMonthlyCountsItemsSentUp: the monthly report's 上报镇 counts items,
// not filings: one sent up, sent back (退回) and sent up again when
// overdue is one item of the grid's two, not two of them.
func TestMonthlyCountsItemsSentUp(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	for i, twice := range []bool{true, false} {
		id := string(rune('a' + i))
		rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
			Status: village.StatusNew, Text: "事项" + id, CreatedAt: f.at("2026-11-03 09:00"), DueAt: f.at("2026-11-30 09:00"), Source: id,
			History: []village.Entry{{At: f.at("2026-11-03 09:00"), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		steps := []village.Action{village.ActEscalate}
		if twice {
			steps = append(steps, village.ActReturn, village.ActEscalate)
		}
		for j, a := range steps {
			if err := rep.Apply(a, "李四", f.at("2026-11-0"+string(rune('4'+j))+" 09:00"), "说明"); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: id, Create: true, Report: rep}); err != nil {
			t.Fatal(err)
		}
	}
	out := f.run("monthly_report", "2026-12-01 09:05")
	if len(out) != 1 || !strings.Contains(out[0], "青山村三组：新反映 2，办结 0，报告人满意 0，重新打开 0，上报镇 2，") ||
		!strings.Contains(out[0], "合计：新反映 2，办结 0，报告人满意 0，重新打开 0，上报镇 2，") {
		t.Errorf("monthly report: %q, want 上报镇 2 of the 2 items", out)
	}
}
