package village

import (
	"testing"
	"time"
)

// TestAwayAhead: an absence said for a later day is ahead till that day
// and can be called off (call99); called off (ended when said), it is
// never on and never ahead again.
func TestAwayAhead(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	said := time.Date(2026, 12, 7, 9, 0, 0, 0, loc)
	a := Away{From: time.Date(2026, 12, 8, 0, 0, 0, 0, loc), Back: time.Date(2026, 12, 10, 0, 0, 0, 0, loc), At: said}
	if !a.Ahead(said) || a.On(said) {
		t.Errorf("said the day before: ahead %v on %v, want ahead, not on", a.Ahead(said), a.On(said))
	}
	if next := said.Add(24 * time.Hour); a.Ahead(next) || !a.On(next) {
		t.Errorf("its first day: ahead %v on %v, want on", a.Ahead(next), a.On(next))
	}
	if (Away{Back: a.Back, At: said}).Ahead(said) {
		t.Error("an absence from when said is never ahead")
	}
	off := a
	off.Back = said.Add(time.Hour)
	for _, at := range []time.Time{said.Add(2 * time.Hour), a.From, a.From.Add(30 * time.Hour)} {
		if off.On(at) || off.Ahead(at) {
			t.Errorf("called off, at %v: on %v ahead %v", at, off.On(at), off.Ahead(at))
		}
	}
}
