package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestOverdueFilingsSayCommandsOnce: the office's batched 【超期上报】
// lists each item's block and says 「请哪位同事接手…」 once, after them, with
// an example of two numbers; a lone filing keeps its own numbers.
func TestOverdueFilingsSayCommandsOnce(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	for i, text := range []string{"村口路灯不亮了", "水渠堵了"} {
		f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created.Add(time.Duration(i) * time.Minute),
			DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	}
	f.run("overdue", "2026-03-03 10:00")
	var office string
	for _, o := range f.run("overdue", "2026-03-04 10:00") {
		if strings.HasPrefix(o, "青山镇网格工作群: ") {
			office += o
		}
	}
	if n := strings.Count(office, "请哪位同事接手"); n != 1 ||
		!strings.HasSuffix(office, "\n\n请哪位同事接手回复「确认 #编号」，几件一起写也行，如「确认 #R1 #R2」；转交回复「指派 #编号 部门或名字」，不归镇里的回复「退回 #编号 原因」。") {
		t.Errorf("the office's 【超期上报】 says the commands %d times:\n%s", n, office)
	}

	f.addReport(village.Report{Type: village.General, Text: "公厕门坏了", Reporter: "张三", CreatedAt: created,
		DueAt: f.at("2026-03-05 09:00"), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	f.run("overdue", "2026-03-05 10:00")
	office = ""
	for _, o := range f.run("overdue", "2026-03-06 10:00") {
		if strings.HasPrefix(o, "青山镇网格工作群: ") {
			office += o
		}
	}
	if !strings.HasSuffix(office, "\n请哪位同事接手回复「确认 #R3」；转交回复「指派 #R3 部门或名字」，不归镇里的回复「退回 #R3 原因」。") {
		t.Errorf("a lone filing's commands:\n%s", office)
	}
}

// TestDigestUntakenSaysPhone: the 早报's 超期 line of a grid's item
// nobody took on names its handler with his phone, whom the office calls
// to take it on; one taken on names him with his phone too (town42: the
// office calls him as well about an overdue item).
func TestDigestUntakenSaysPhone(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour), Status: village.StatusNew, Handlers: []string{"王五"}})
	f.addReport(village.Report{Type: village.General, Text: "公厕门坏了", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"王五"}})
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "morning digest", digest, "水渠堵了（待受理，王五（13900000005）负责", "公厕门坏了（已受理，王五（13900000005）负责")
}
