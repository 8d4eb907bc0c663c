package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

func TestProbeTown89(t *testing.T) {
	f := newPointsFixture(t)
	up, back := f.at("2026-03-02 10:00"), f.at("2026-03-04 14:00")
	f.addReport(village.Report{Type: village.General, Text: "村口垃圾池好几天没人拉了", Reporter: "陈二",
		CreatedAt: f.at("2026-03-01 09:00"), DueAt: back.Add(24 * time.Hour), Handlers: []string{"李四"},
		History: []village.Entry{
			{At: up, By: village.SystemActor, Action: village.ActEscalate, To: village.StatusEscalated, Note: "超期没人受理，村级备案并上报到镇"},
			{At: back, By: "孙七", Action: village.ActReturn, To: village.StatusNew, Note: "垃圾池归村保洁员管 请网格安排清运"},
			{At: back.Add(time.Minute), By: "孙七", Action: village.ActAsk, Urge: true, Note: "今天务必清掉", Chat: "青山镇网格工作群"}}})
	f.run("overdue", "2026-03-05 15:00")
	t.Log(strings.Join(f.run("overdue", "2026-03-06 15:00"), "\n---\n"))
	t.Log(strings.Join(f.run("morning_digest", "2026-03-07 08:00"), "\n---\n"))
	t.Log(strings.Join(f.run("unclaimed", "2026-03-09 10:00"), "\n---\n"))
	t.Log(strings.Join(f.run("morning_digest", "2026-03-10 08:00"), "\n---\n"))
}
