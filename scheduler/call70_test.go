package scheduler

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

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
