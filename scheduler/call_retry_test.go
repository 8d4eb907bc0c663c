package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// missedYesterday stores a call to 高秀英 (重点, the only person 马红梅
// phones) on topic, missed on 2026-03-02 at each of times ("10:00"), and
// returns 马红梅's messages of the next morning's call lists.
func missedYesterday(f *pointsFixture, topic string, times ...string) []string {
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: topic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-02 08:00")}
	for _, at := range times {
		c.Log(village.OutcomeMissed, "", "马红梅", f.at("2026-03-02 "+at), 2)
	}
	f.storeCall(c)
	var got []string
	for _, o := range f.run("calls", "2026-03-03 08:00") {
		if strings.HasPrefix(o, "马红梅: ") {
			got = append(got, o)
		}
	}
	return got
}

// TestMissedCallRetriedAlone: a worker whose only call of the day is one
// missed yesterday is told to try again, with the number, how many tries
// failed and how to log the call.
func TestMissedCallRetriedAlone(t *testing.T) {
	got := missedYesterday(newPointsFixture(t), routineTopic, "10:00")
	want := "马红梅: 【电话回访】高秀英上次没打通（1次），请今天再打一次：13800001041。\n事由：" + routineTopic +
		"\n打完回复「回访 高秀英 已通 情况」，没打通回复「回访 高秀英 未接通」。"
	if len(got) != 1 || got[0] != want {
		t.Errorf("马红梅's reminders:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// TestOwnCallRetriedWithAReason: the retry of a call the worker made
// unasked says where it comes from and what to ask, not 主动回访.
func TestOwnCallRetriedWithAReason(t *testing.T) {
	got := missedYesterday(newPointsFixture(t), village.TopicOwn, "10:00")
	if len(got) != 1 || !strings.Contains(got[0], "事由："+ownTopic) || strings.Contains(got[0], village.TopicOwn) {
		t.Errorf("马红梅's reminders:\n%s", strings.Join(got, "\n"))
	}
}

// TestVisitPendingAlone: a worker whose only call of the day is one the
// grid leader was asked to visit for (missed twice) is told of that one
// call in the one-call form, not as a list of "这 1 位".
func TestVisitPendingAlone(t *testing.T) {
	got := missedYesterday(newPointsFixture(t), routineTopic, "10:00", "18:00")
	want := "马红梅: 【电话回访】高秀英（13800001041）已连续 2 次没打通，已请网格长上门，还没有回复；能打通也请今天再打一次。\n事由：" + routineTopic +
		"\n打完回复「回访 高秀英 已通 情况」，没打通回复「回访 高秀英 未接通」。"
	if len(got) != 1 || got[0] != want {
		t.Errorf("马红梅's reminders:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
