package words

import (
	"gridbot/village"
	"testing"
)

// TestOwnSideIsTheReporterSide: ownSide(p) is who would be on the
// reporter's side of an item p filed: p himself and his household in his
// village, no one else; a cadre with no household is alone on his side.
func TestOwnSideIsTheReporterSide(t *testing.T) {
	zhang := village.Person{Name: "张三", Village: "青山村", Household: "QS-301"}
	cadre := village.Person{Name: "孙七", Village: "青山村"}
	for _, c := range []struct {
		p, o village.Person
		want bool
	}{
		{zhang, zhang, true},
		{zhang, village.Person{Name: "张小", Village: "青山村", Household: "QS-301"}, true},
		{zhang, village.Person{Name: "陈二", Village: "青山村", Household: "QS-302"}, false},
		{zhang, village.Person{Name: "张小", Village: "绿水村", Household: "QS-301"}, false},
		{zhang, village.Person{Name: "张三", Village: "青山村", Household: "QS-302"}, false},
		{cadre, cadre, true},
		{cadre, village.Person{Name: "吴九", Village: "青山村"}, false},
	} {
		if got := OwnSide(c.p)(c.o); got != c.want {
			t.Errorf("ownSide(%s)(%s/%s/%s) = %v, want %v", c.p.Key(), c.o.Village, c.o.Household, c.o.Name, got, c.want)
		}
	}
}
