package village

import (
	"errors"
	"testing"
	"time"
)

// TestLateAtEnd (town99): an item is judged late at a month's end as it
// stood then, whatever was done with it since.
func TestLateAtEnd(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	end := at("2027-01-01 00:00")
	officers := func(_, name string) (Person, error) {
		if name == "孙七" {
			return Person{Name: name, Roles: []Role{RoleOfficer}}, nil
		}
		return Person{}, errors.New("not on the roster")
	}
	item := func(due string, steps ...Entry) *Report {
		r := &Report{Type: General, Status: StatusNew, CreatedAt: at("2026-12-20 09:00"), DueAt: at(due), Handlers: []string{"李四"},
			History: []Entry{{At: at("2026-12-20 09:00"), By: "张三", Action: ActCreate, To: StatusNew}}}
		for _, e := range steps {
			if err := r.Apply(e.Action, e.By, e.At, "说明"); err != nil {
				t.Fatal(e.Action, err)
			}
		}
		return r
	}
	step := func(a Action, by, when string) Entry { return Entry{Action: a, By: by, At: at(when)} }
	for _, c := range []struct {
		name      string
		r         *Report
		late, tow bool
	}{
		{"late, untouched since", item("2026-12-21 09:00"), true, false},
		{"late, resolved since", item("2026-12-21 09:00", step(ActAccept, "李四", "2026-12-20 10:00"), step(ActResolve, "李四", "2027-01-02 09:00")), true, false},
		{"in time, resolved since", item("2027-01-03 09:00", step(ActAccept, "李四", "2026-12-20 10:00"), step(ActResolve, "李四", "2027-01-02 09:00")), false, false},
		{"waiting at the end, resumed since", item("2026-12-21 09:00", step(ActAccept, "李四", "2026-12-20 10:00"), step(ActPause, "李四", "2026-12-20 10:30"), step(ActProgress, "李四", "2027-01-02 09:00")), false, false},
		{"sent up, taken by the township since", item("2026-12-21 09:00", step(ActEscalate, "李四", "2026-12-20 10:00"), step(ActAccept, "孙七", "2027-01-02 09:00")), true, false},
		{"sent up, taken by the township before", item("2026-12-21 09:00", step(ActEscalate, "李四", "2026-12-20 10:00"), step(ActAccept, "孙七", "2026-12-20 11:00"), step(ActProgress, "孙七", "2027-01-02 09:00")), true, true},
		{"made after the end", &Report{Type: General, Status: StatusNew, CreatedAt: at("2027-01-01 09:00"), DueAt: at("2027-01-01 10:00")}, false, false},
	} {
		if got := c.r.LateAtEnd(end, officers); got != c.late {
			t.Errorf("%s: LateAtEnd %v, want %v", c.name, got, c.late)
		}
		if got := c.r.TownTookBefore(end, officers); c.late && got != c.tow {
			t.Errorf("%s: TownTookBefore %v, want %v", c.name, got, c.tow)
		}
	}
}
