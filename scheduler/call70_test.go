package scheduler

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// keepPhoneFix keeps the number a worker gave for person (key) in place
// of the roster's was, as the handlers' phoneChanged does.
func (f *pointsFixture) keepPhoneFix(person, key, was, phone string) {
	f.t.Helper()
	b, err := json.Marshal(village.PhoneFix{Person: person, PersonKey: key, Phone: phone, Was: was, By: "马红梅"})
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "fix-" + key,
		Keep: []storage.Kept{storage.Ask(village.PhoneKey(key), b, village.PhoneFixKept)}}); err != nil {
		f.t.Fatal(err)
	}
}

// TestCallListShowsFixedNumber: the morning list shows the number a
// worker gave for 高秀英, not the roster's; a fix of a number the roster
// no longer holds (the file was changed since) is not applied.
func TestCallListShowsFixedNumber(t *testing.T) {
	for _, tc := range []struct {
		name, was, want, not string
	}{
		{"roster still old", "13800001041", "13912345678", "13800001041"},
		{"roster changed since", "13800009999", "13800001041", "13912345678"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			f.keepPhoneFix("高秀英", "青山村/QS-104/高秀英", tc.was, "13912345678")
			var list string
			for _, o := range f.run("calls", "2026-03-02 08:00") {
				if strings.HasPrefix(o, "马红梅: ") && strings.Contains(o, "高秀英") {
					list = o
				}
			}
			if !strings.Contains(list, "高秀英") || !strings.Contains(list, tc.want) || strings.Contains(list, tc.not) {
				t.Errorf("马红梅's list %q; want 高秀英 at %s, not %s", list, tc.want, tc.not)
			}
		})
	}
}

// TestVisitPendingDeadNumber: a call escalated because the number is a
// dead one (空号, call70) does not ask the worker to dial it again.
func TestVisitPendingDeadNumber(t *testing.T) {
	f := newPointsFixture(t)
	c := village.Call{Village: "青山村", Grid: "一组", Person: "高秀英", PersonKey: "青山村/QS-104/高秀英", Phone: "13800001041",
		Care: village.CareFocus, Worker: "马红梅", Topic: routineTopic, Due: f.at("2026-03-02 08:00"), Status: village.CallOpen,
		RemindedAt: f.at("2026-03-02 08:00")}
	c.Log(village.OutcomeMissed, "空号", "马红梅", f.at("2026-03-02 10:00"), 2)
	c.Status, c.VisitAskedAt, c.RetryAt = village.CallEscalated, f.at("2026-03-02 10:00"), time.Time{}
	f.storeCall(c)
	var got []string
	for _, o := range f.run("calls", "2026-03-03 08:00") {
		if strings.HasPrefix(o, "马红梅: ") {
			got = append(got, o)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "高秀英的电话（13800001041）空号，已请网格长上门") || strings.Contains(got[0], "能打通也请") {
		t.Errorf("马红梅's reminders:\n%s", strings.Join(got, "\n"))
	}
}
