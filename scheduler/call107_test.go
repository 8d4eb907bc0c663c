package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestCall107VisitReminderNamesWhoWent (call107): the morning reminder of
// a visit the grid leader sent someone to (Call.VisitBy) names him, to
// the leader and on the worker's list; without one it reads as before.
func TestCall107VisitReminderNamesWhoWent(t *testing.T) {
	f := newPointsFixture(t)
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-02 08:00")}
	c.Log(village.OutcomeMissed, "", "马红梅", f.at("2026-03-02 10:00"), 2)
	c.Log(village.OutcomeMissed, "", "马红梅", f.at("2026-03-02 18:00"), 2)
	c.VisitBy = "吕志刚"
	f.storeCall(c)
	got := strings.Join(f.run("calls", "2026-03-03 08:00"), "\n")
	for _, want := range []string{"刘建国: 【请上门看看·还没回复】高秀英（13800001041）3月2日已连续 2 次电话没接通，已请吕志刚上门看看，还没有回复。\n请问问吕志刚去了没有；没去的，请今天另安排人上门，看完回复「回访 高秀英 上门 情况」",
		"马红梅: 【电话回访】高秀英（13800001041）已连续 2 次没打通，网格长已请吕志刚上门看看，还没有回复"} {
		if !strings.Contains(got, want) {
			t.Errorf("the morning's messages lack %q:\n%s", want, got)
		}
	}
}

// TestCall107StayAheadPausesFromItsDay (call107): a stay told ahead
// (AwayFrom) leaves her routine call due before it begins, pauses it
// while it lasts, and a call reached before it does not end it.
func TestCall107StayAheadPausesFromItsDay(t *testing.T) {
	f := newPointsFixture(t)
	reached := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-01-20 08:00"), Status: village.CallOpen}
	reached.Log(village.OutcomeReached, "挺好", "马红梅", f.at("2026-01-20 10:00"), 2)
	away := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: village.TopicOwn, Due: f.at("2026-02-10 09:00"), Status: village.CallAway,
		Outcome: village.OutcomeMissed, LoggedAt: f.at("2026-02-10 09:00"), LoggedBy: "吕志刚", AwayOwn: true,
		AwayFrom: f.at("2026-03-10 00:00"), AwayUntil: f.at("2026-03-25 00:00")}
	f.storeCall(reached)
	f.storeCall(away)
	all := []village.Call{reached, away}
	h := historyOf(all)
	k := reached.PersonKey
	for at, want := range map[string]bool{"2026-02-25 08:00": true, "2026-03-12 08:00": false, "2026-03-25 08:00": true} {
		if due, _ := h.routineDue(k, 30*24*time.Hour, f.at(at)); due != want {
			t.Errorf("routine due at %s = %v, want %v", at, due, want)
		}
	}
	for at, want := range map[string]bool{"2026-02-25 08:00": false, "2026-03-12 08:00": true, "2026-03-26 08:00": false} {
		if got := h.awayAt(k, f.at(at)); got != want {
			t.Errorf("away at %s = %v, want %v", at, got, want)
		}
		if got := village.AwayAt(all, f.at(at)); got != want {
			t.Errorf("village.AwayAt %s = %v, want %v", at, got, want)
		}
	}
	// reached before the stay begins: it still holds
	again := reached
	again.ID, again.Version = "", 0
	again.Log(village.OutcomeReached, "挺好", "马红梅", f.at("2026-02-25 10:00"), 2)
	all = append(all, again)
	if h := historyOf(all); !h.awayAt(k, f.at("2026-03-12 08:00")) {
		t.Errorf("a call reached before the stay ended it")
	}
	if !village.AwayAt(all, f.at("2026-03-12 08:00")) {
		t.Errorf("village.AwayAt: a call reached before the stay ended it")
	}
}

// TestCall107OpenCallLapsesWhenStayBegins (call107): her routine call
// still open when a stay told ahead begins is not listed on its days.
func TestCall107OpenCallLapsesWhenStayBegins(t *testing.T) {
	f := newPointsFixture(t)
	open := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-08 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-08 08:00")}
	away := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: village.TopicOwn, Due: f.at("2026-03-08 09:00"), Status: village.CallAway,
		Outcome: village.OutcomeMissed, LoggedAt: f.at("2026-03-08 09:00"), LoggedBy: "吕志刚", AwayOwn: true,
		AwayFrom: f.at("2026-03-10 00:00"), AwayUntil: f.at("2026-03-25 00:00")}
	f.storeCall(open)
	f.storeCall(away)
	if f.callListed("2026-03-10 08:00", "马红梅", "高秀英") {
		t.Errorf("her call is listed on the first day of her stay")
	}
}
