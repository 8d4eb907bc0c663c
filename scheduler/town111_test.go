package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestMorningDigestCountsRoadsAndEveryAlarm (town111): the 早报 counted
// no icy or shut road, and its 其中安全隐患 line named only the newest
// alarm of a danger that came true twice.
func TestMorningDigestCountsRoadsAndEveryAlarm(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-12-08 09:00")
	dangerCameTrue(f, at, f.at("2026-12-08 12:00")) // #R1, its first alarm #R2 (closed)
	second := f.at("2026-12-09 16:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "老刘家房子整个塌了 老刘在里面", Reporter: "陈二", CreatedAt: second, Danger: "R1",
		DueAt: second.Add(2 * time.Hour), Handlers: []string{"李四"}, Status: village.StatusAccepted,
		History: []village.Entry{{At: second, By: "陈二", Action: village.ActCreate, To: village.StatusNew},
			{At: second.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted}}})
	road := func(text string) {
		f.addReport(village.Report{Type: village.General, Category: village.RoadCategory, Text: text, Reporter: "张三",
			CreatedAt: at, DueAt: at.Add(72 * time.Hour), Status: village.StatusNew,
			History: []village.Entry{{At: at, By: "张三", Action: village.ActCreate, To: village.StatusNew}}})
	}
	road("村口到镇上那段坡路结冰了 早上好几个人摔了") // #R4 icy
	road("东头那条道雪积得有半米深 三轮车开不进去")  // #R5 shut
	road("后山那条路雪太厚了 车进不来 路面也冻上了") // #R6 both
	road("村口路灯不亮了")               // #R7 neither
	got := strings.Join(f.run("morning_digest", "2026-12-10 08:30"), "\n")
	holdsEach(t, "the 早报", got, "#R1（已出险情 2 次：#R2、#R3）",
		"路面结冰 2 处（#R4 #R6），道路不通 2 处（#R5 #R6），发「哪些路结冰了」「哪些路还没通」看逐件。")
	if strings.Contains(got, "#R7）") || strings.Contains(got, " #R7 ") {
		t.Errorf("a lamp is counted among the roads:\n%s", got)
	}
}
