package words

import (
	"testing"

	"gridbot/village"
)

// TestHomeBesideMissing: the alarm's home beside the missing people's
// lines: hers keeps its line without a second 住址, the reporter's own is
// dropped when someone of another household is missing, a home named
// otherwise (where she was last seen) is kept (lead99).
func TestHomeBesideMissing(t *testing.T) {
	reporter := village.Person{Name: "陈二", Household: "QS-302"}
	her := village.Missing{Person: village.Person{Name: "王奶奶", Household: "QS-305", Address: "青山村三组20号"}}
	kid := village.Missing{Person: village.Person{Name: "陈小凤", Household: "QS-302"}}
	for _, c := range []struct {
		name     string
		home     string
		missing  []village.Missing
		want     bool
		wantAddr string
	}{
		{"no one named", "QS-302", nil, true, "14号"},
		{"the reporter's home, another missing", "QS-302", []village.Missing{her}, false, ""},
		{"her own home", "QS-305", []village.Missing{her}, true, ""},
		{"his child, no address of her own", "QS-302", []village.Missing{kid}, true, "14号"},
		{"a third home, where she was seen", "QS-309", []village.Missing{her}, true, "14号"},
	} {
		home, addr, ok := HomeBesideMissing(Home{Key: c.home}, "14号", true, reporter, c.missing)
		if ok != c.want || addr != c.wantAddr || ok && home.Key != c.home {
			t.Errorf("%s: got %q %q %v, want ok %v address %q", c.name, home.Key, addr, ok, c.want, c.wantAddr)
		}
	}
	if _, _, ok := HomeBesideMissing(Home{}, "", false, reporter, []village.Missing{her}); ok {
		t.Error("no home at all came back as one")
	}
}
