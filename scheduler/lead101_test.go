package scheduler

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestSameDigestSaysHowManyMore (lead101): the one-line 早报 listing the
// first of many overdue items ended in a bare 「等」; it says how many it
// left out, as the full 早报's 「还有 N 件超期」 does.
func TestSameDigestSaysHowManyMore(t *testing.T) {
	f := newPointsFixture(t)
	made := f.at("2026-12-07 08:30")
	for i := range 2*digestItems + 2 {
		at := made.Add(time.Duration(i) * time.Minute)
		f.addReport(village.Report{Type: village.General, Text: fmt.Sprintf("第%d处水渠堵了", i+1), Reporter: "张三", Handlers: []string{"李四"},
			CreatedAt: at, DueAt: at.Add(24 * time.Hour), Village: "青山村", Grid: "三组", Chat: "青山村三组网格群"})
	}
	f.run("morning_digest", "2026-12-10 08:30")
	same := strings.Join(f.run("morning_digest", "2026-12-11 08:30"), "\n")
	holdsEach(t, "the one-line 早报", same, "超期 22 件：青山村三组 #R1", "#R20 等（另有 2 件没列出）。")
}
