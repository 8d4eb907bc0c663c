package roster

import (
	"testing"

	"gridbot/village"
)

// TestAddress: the name that reaches a person is plain unless a namesake
// shares it, and it always finds that person again.
func TestAddress(t *testing.T) {
	people := []village.Person{
		{Name: "张三", Village: "青山村", Household: "QS-301"},
		{Name: "张三", Village: "青山村", Household: "QS-305"},
		{Name: "张三", Village: "白石村", Household: "BS-101"},
		{Name: "陈二", Village: "青山村", Household: "QS-302"},
	}
	d := NewDirectory(people)
	for _, tc := range []struct {
		name string
		key  string
		want string
	}{
		{"namesake", people[1].Key(), "张三" + HouseholdSep + "QS-305"},
		{"the other namesake", people[0].Key(), "张三" + HouseholdSep + "QS-301"},
		{"same name in another village only", people[2].Key(), "张三"},
		{"unique name", people[3].Key(), "陈二"},
		{"not in the roster", "青山村//陌生人", "陌生人"},
		{"no key", "", "张三"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fallback := tc.want
			if tc.key == "" {
				fallback = "张三"
			}
			got := d.Address(tc.key, fallback)
			if got != tc.want {
				t.Fatalf("Address(%q) = %q, want %q", tc.key, got, tc.want)
			}
			for _, p := range people {
				if p.Key() == tc.key {
					if found, err := d.Lookup(p.Village, got); err != nil || found.Key() != tc.key {
						t.Errorf("Lookup(%q) = %s, %v; want %s", got, found.Key(), err, tc.key)
					}
				}
			}
		})
	}
}
