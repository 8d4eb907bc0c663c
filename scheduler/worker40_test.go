package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestVisitListedToTheWorkerOnce: a 高 elder missed twice is the grid
// leader's to visit: the worker's list names her the morning after the
// second miss, and not every morning after that (the leader is chased,
// each morning, until the township hears); when the worker's list goes
// out for another call, she is on it as well.
func TestVisitListedToTheWorkerOnce(t *testing.T) {
	f := newPointsFixture(t)
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareHigh, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-02 08:00")}
	for _, at := range []string{"10:00", "18:00"} {
		c.Log(village.OutcomeMissed, "", "马红梅", f.at("2026-03-02 "+at), 2)
	}
	f.storeCall(c)
	to := func(who string, got []string) []string {
		var out []string
		for _, o := range got {
			if strings.HasPrefix(o, who+": ") {
				out = append(out, o)
			}
		}
		return out
	}
	day1 := f.run("calls", "2026-03-03 08:00")
	if got := to("马红梅", day1); len(got) != 1 || !strings.Contains(got[0], "已请网格长上门") {
		t.Errorf("the morning after: 马红梅 hears of the visit once:\n%s", strings.Join(got, "\n"))
	}
	if got := to("刘建国", day1); len(got) != 1 || !strings.Contains(got[0], "【请上门看看·还没回复】高秀英") {
		t.Errorf("the morning after: the leader is chased:\n%s", strings.Join(got, "\n"))
	}
	day2 := f.run("calls", "2026-03-04 08:00")
	if got := to("马红梅", day2); len(got) != 0 {
		t.Errorf("the second morning: nothing new for 马红梅, got:\n%s", strings.Join(got, "\n"))
	}
	if got := to("刘建国", day2); len(got) != 1 || !strings.Contains(got[0], "明天早上还没有回复，会报到镇里") {
		t.Errorf("the second morning: the leader is chased, the last time:\n%s", strings.Join(got, "\n"))
	}
	day3 := f.run("calls", "2026-03-05 08:00")
	if got := strings.Join(day3, "\n"); !strings.Contains(got, "高秀英") || strings.Contains(strings.Join(to("马红梅", day3), ""), "已请网格长上门") {
		t.Errorf("the third morning: the township hears, the worker is not listed her visit:\n%s", got)
	}
}
