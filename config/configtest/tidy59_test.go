package configtest_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/config"
	"gridbot/config/configtest"
)

// TestLoadIsAFreshLoad: what Load returns equals, to the last unexported
// field, what config.Load returns, and a change to one copy (a slice's
// element, a pointed-to number, a map) shows in no other.
func TestLoadIsAFreshLoad(t *testing.T) {
	all := cmp.Exporter(func(reflect.Type) bool { return true })
	const path = "../../config.example.yaml"
	fresh, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a := configtest.Load(t, path)
	if !reflect.DeepEqual(fresh, a) {
		t.Fatalf("configtest.Load differs from config.Load (-fresh +copy):\n%s", cmp.Diff(fresh, a, all))
	}
	if a.File() != path {
		t.Errorf("File() = %q, want %q", a.File(), path)
	}

	a.Villages[0].Name = "改过的村"
	*a.Points.Ranking.HonourMin += 7
	a.Villages[0].Grids = append(a.Villages[0].Grids[:0], a.Villages[0].Grids[len(a.Villages[0].Grids)-1])
	b := configtest.Load(t, path)
	if !reflect.DeepEqual(fresh, b) {
		t.Errorf("a change to one copy shows in the next (-fresh +next):\n%s", cmp.Diff(fresh, b, all))
	}
	if a.Points.Ranking.HonourMin == b.Points.Ranking.HonourMin || &a.Villages[0] == &b.Villages[0] {
		t.Errorf("two copies share memory")
	}
}
