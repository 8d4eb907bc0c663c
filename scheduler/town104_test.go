package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestListsALateAlarmOnce (town104): an emergency taken on
// the evening before and past its deadline by the 早报 was listed twice,
// under 近一天突发 and again under 超期. It is listed once, under 近一天突发,
// its line saying who holds it (phone) and how late, as 超期 said; an
// ordinary overdue item stays under 超期.
func TestMorningDigestListsALateAlarmOnce(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-12-08 20:00")
	f.addReport(village.Report{Type: village.General, Text: "路面结冰了 有人滑倒", Reporter: "陈二", CreatedAt: at.Add(-80 * time.Hour),
		DueAt: at.Add(-8 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		History: []village.Entry{{At: at.Add(-80 * time.Hour), By: "陈二", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(-79 * time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}})
	f.addReport(village.Report{Type: village.Emergency, Text: "王奶奶家烧煤炉 人晕过去了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(2 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(3 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: at.Add(40 * time.Minute), By: "李四", Action: village.ActProgress, From: village.StatusAccepted, To: village.StatusAccepted, Note: "已送镇卫生院"}}})
	got := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	if n := strings.Count(got, "#R2 "); n != 1 {
		t.Fatalf("the late alarm listed %d times, want once:\n%s", n, got)
	}
	holdsEach(t, "the 早报", got,
		"近一天突发：\n#R2 青山村三组 王奶奶家烧煤炉 人晕过去了（已受理；李四 3分钟后响应；最新进展（20:40 李四）：已送镇卫生院；李四（13900000004）负责，期限昨天22:00，超期10小时）",
		"超期：\n#R1 青山村三组 一般事项 路面结冰了 有人滑倒（已受理，李四（13900000004）负责")
}

// TestMorningDigestLateAlarmAloneHasNoOverdueHeading (town104): when the
// only overdue item is the night's emergency, its line says it is late
// and the 早报 has no 超期 heading left empty.
func TestMorningDigestLateAlarmAloneHasNoOverdueHeading(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-12-08 20:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "水管冻裂了 满院子是水", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(2 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(5 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}})
	got := strings.Join(f.run("morning_digest", "2026-12-09 08:30"), "\n")
	holdsEach(t, "the 早报", got, "近一天突发：\n#R1", "李四（13900000004）负责，期限昨天22:00，超期10小时）")
	if strings.Contains(got, "超期：") {
		t.Errorf("an empty 超期 heading:\n%s", got)
	}
}
