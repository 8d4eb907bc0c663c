package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// stayOf is a relative's word of 高秀英's stay, told at told, from from
// (zero: now) until until, as pauseForKin keeps it.
func stayOf(f *pointsFixture, told, from, until string) village.Call {
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: village.TopicOwn, Due: f.at(told), Status: village.CallAway,
		Outcome: village.OutcomeMissed, LoggedAt: f.at(told), LoggedBy: "吕志刚", AwayOwn: true, AwayUntil: f.at(until)}
	if from != "" {
		c.AwayFrom = f.at(from)
	}
	return c
}

// TestCall108SecondStayKeepsFirst (call108): a stay told after another
// (at her daughter's 12-10..12-15, then in town for the festival from
// 腊月二十八) keeps both: she is away during the first (no routine call,
// no warning call), home between, away again in the second; her calls
// resume the day she is back from the first. A stay told later over the
// same days corrects the earlier.
func TestCall108SecondStayKeepsFirst(t *testing.T) {
	f := newPointsFixture(t)
	reached := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-11-20 08:00"), Status: village.CallOpen}
	reached.Log(village.OutcomeReached, "挺好", "马红梅", f.at("2026-11-20 10:00"), 2)
	first := stayOf(f, "2026-12-08 09:00", "2026-12-10 00:00", "2026-12-15 00:00")
	second := stayOf(f, "2026-12-08 09:05", "2027-02-04 00:00", "2027-02-11 00:00")
	all := []village.Call{reached, first, second}
	h := historyOf(all)
	k := reached.PersonKey
	for at, want := range map[string]bool{"2026-12-09 08:00": false, "2026-12-12 08:00": true, "2026-12-16 08:00": false,
		"2027-02-05 08:00": true, "2027-02-12 08:00": false} {
		if got := h.awayAt(k, f.at(at)); got != want {
			t.Errorf("away at %s = %v, want %v", at, got, want)
		}
		if got := village.AwayAt(all, f.at(at)); got != want {
			t.Errorf("village.AwayAt %s = %v, want %v", at, got, want)
		}
	}
	for at, want := range map[string]bool{"2026-12-12 08:00": false, "2026-12-15 08:00": true} {
		if due, _ := h.routineDue(k, 30*24*time.Hour, f.at(at)); due != want {
			t.Errorf("routine due at %s = %v, want %v", at, due, want)
		}
	}
	// told again over the same days: 「15号就回来」 after 「过完年再回来」
	long := stayOf(f, "2026-12-08 09:00", "", "2027-02-15 00:00")
	short := stayOf(f, "2026-12-09 09:00", "", "2026-12-15 00:00")
	if village.AwayAt([]village.Call{reached, long, short}, f.at("2026-12-20 08:00")) {
		t.Errorf("the stay told later did not correct the earlier over the same days")
	}
	// 「我妈回来了」 ends the stay she is on, not the one told for later
	if i, ok := village.StayCall(all, f.at("2026-12-12 10:00")); !ok || all[i].AwayFrom != first.AwayFrom {
		t.Errorf("StayCall on 12-12 = %d, %v; want the first stay", i, ok)
	}
	if _, ok := village.StayCall(all, f.at("2026-12-20 10:00")); ok {
		t.Errorf("StayCall between the stays found one")
	}
}

// TestCall108NoticeCallLapsesWhenStayBegins (call108): her call still
// open with a notice to pass on is not listed once a stay told ahead has
// begun (the worker was sent to phone an empty house), and a notice's
// follow-up in her stay asks for no call of her.
func TestCall108NoticeCallLapsesWhenStayBegins(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "12月12日上午9点村卫生室免费体检，请带身份证。", By: "孙七", At: f.at("2026-12-09 09:00"),
		Groups: []string{"青山村一组网格群"}})
	open := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Due: f.at("2026-12-09 10:15"), Status: village.CallOpen, Notices: []string{"N1"},
		RemindedAt: f.at("2026-12-09 10:15")}
	f.storeCall(open)
	f.storeCall(stayOf(f, "2026-12-08 09:00", "2026-12-10 00:00", "2026-12-15 00:00"))
	if f.callListed("2026-12-10 08:00", "马红梅", "高秀英") {
		t.Errorf("her notice call is listed on the first day of her stay")
	}
	for _, o := range f.run("notice_followup", "2026-12-10 09:15") {
		if strings.Contains(o, "13800001041") {
			t.Errorf("the follow-up asks for a call of her while she is away:\n%s", o)
		}
	}
}
