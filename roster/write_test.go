package roster

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

func TestWriteCSVRoundTrip(t *testing.T) {
	people := exampleRoster(t)
	var buf bytes.Buffer
	if err := writeCSV(&buf, people); err != nil {
		t.Fatal(err)
	}
	again, err := ParseCSV(&buf, "ignored")
	if err != nil {
		t.Fatalf("written register does not parse: %v", err)
	}
	if diff := cmp.Diff(again, people); diff != "" {
		t.Errorf("round trip (-got +want):\n%s", diff)
	}
	merged, added, changed, removed := Merge(people, again)
	if added+changed+removed != 0 || len(merged) != len(people) {
		t.Errorf("re-importing the same register: added %d changed %d removed %d, want nothing", added, changed, removed)
	}
}

func TestLookupByNameAndHousehold(t *testing.T) {
	people := []village.Person{
		{Name: "王芳", Village: "青山村", Household: "QS-205", Roles: []village.Role{village.RoleVillager}},
		{Name: "王芳", Village: "青山村", Household: "QS-310", Roles: []village.Role{village.RoleVillager}},
	}
	d := NewDirectory(people)
	if _, err := d.Lookup("青山村", "王芳"); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("plain name: err = %v, want ErrAmbiguous", err)
	}
	p, err := d.Lookup("青山村", "王芳"+HouseholdSep+"QS-310")
	if err != nil || p.Household != "QS-310" {
		t.Fatalf("name·household = %+v, %v; want the QS-310 王芳", p, err)
	}
	if _, err := d.Lookup("青山村", "王芳"+HouseholdSep+"QS-999"); !errors.Is(err, ErrUnknown) {
		t.Errorf("unknown household: err = %v, want ErrUnknown", err)
	}
}

// TestWriteByName: a register written for a .xlsx name is a workbook that
// Parse reads back to the same people (CSV text under a .xlsx name stopped
// the bot from starting after roster -write), and for any other name CSV.
func TestWriteByName(t *testing.T) {
	people := exampleRoster(t)
	for _, name := range []string{"花名册.xlsx", "花名册.XLSX", "花名册.csv", "roster"} {
		var buf bytes.Buffer
		if err := Write(&buf, people, name); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(&buf, name, "ignored")
		if err != nil {
			t.Fatalf("%s: written register does not parse: %v", name, err)
		}
		if diff := cmp.Diff(again, people); diff != "" {
			t.Errorf("%s: round trip (-got +want):\n%s", name, diff)
		}
	}
}

// exampleRoster is the bundled example's register.
func exampleRoster(tb testing.TB) []village.Person {
	tb.Helper()
	f, err := os.Open("../example/roster.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	people, err := ParseCSV(f, "青山村")
	if err != nil {
		tb.Fatal(err)
	}
	return people
}

// TestWriteKeepsTheRelationAsWritten: a register's 与户主关系 ("长子",
// "妻") is read as the relation it is (子女, 配偶) and written back as
// the register wrote it, so that roster -import -write changes no cell.
func TestWriteKeepsTheRelationAsWritten(t *testing.T) {
	people, err := ParseCSV(bytes.NewBufferString("姓名,户号,与户主关系\n张三,1,户主\n刘芳,1,妻\n张明,1,长子\n张丽,1,次女\n"), "花名册.csv")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range people {
		got = append(got, p.Relation+"/"+string(p.Sex)+"/"+p.RelationWritten())
	}
	if diff := cmp.Diff(got, []string{"户主//户主", "配偶/女/妻", "子女/男/长子", "子女/女/次女"}); diff != "" {
		t.Errorf("relations read (-got +want):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := writeCSV(&buf, people); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"刘芳,1,妻,", "张明,1,长子,", "张丽,1,次女,"} {
		if !bytes.Contains(buf.Bytes(), []byte(want)) {
			t.Errorf("written register lacks %q:\n%s", want, buf.String())
		}
	}
}
