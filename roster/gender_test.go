package roster

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// genderRegister is a household whose 与户主关系 does not tell sexes
// (配偶, 子女), with the optional 性别 column that does.
const genderRegister = "姓名,户号,与户主关系,性别\n张老汉,1,户主,男\n李桂香,1,配偶,女\n张强,1,子女,男性\n张丽,1,子女,F\n张小宝,1,孙子女,\n"

// TestGenderColumn: the optional 性别 column is read from a CSV and an
// XLSX alike, tells the sex where 与户主关系 does not, is written back
// (as the last column, only when someone has one) and re-imports as
// nothing changed.
func TestGenderColumn(t *testing.T) {
	want := []string{"张老汉/男", "李桂香/女", "张强/男", "张丽/女", "张小宝/"}
	sexes := func(people []village.Person) []string {
		var got []string
		for _, p := range people {
			got = append(got, p.Name+"/"+string(p.SexOf()))
		}
		return got
	}
	fromCSV, err := ParseCSV(strings.NewReader(genderRegister), "花名册.csv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sexes(fromCSV), want); diff != "" {
		t.Errorf("CSV sexes (-got +want):\n%s", diff)
	}
	var rows [][]any
	for _, line := range strings.Split(strings.TrimSpace(genderRegister), "\n") {
		var row []any
		for _, f := range strings.Split(line, ",") {
			row = append(row, f)
		}
		rows = append(rows, row)
	}
	fromXLSX, err := Parse(bytes.NewReader(xlsx(t, rows)), "花名册.xlsx", "青山村")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sexes(fromXLSX), want); diff != "" {
		t.Errorf("XLSX sexes (-got +want):\n%s", diff)
	}
	for _, name := range []string{"花名册.csv", "花名册.xlsx"} {
		var buf bytes.Buffer
		if err := Write(&buf, fromCSV, name); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(&buf, name, "")
		if err != nil {
			t.Fatalf("%s written does not parse: %v", name, err)
		}
		if _, added, changed, removed := Merge(fromCSV, again); added+changed+removed != 0 {
			t.Errorf("%s re-imported: added %d changed %d removed %d, want nothing", name, added, changed, removed)
		}
	}
	var buf bytes.Buffer
	if err := writeCSV(&buf, fromCSV[1:2]); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(strings.SplitN(buf.String(), "\n", 2)[0], ",性别") {
		t.Errorf("性别 not written last:\n%s", buf.String())
	}
	buf.Reset()
	if err := writeCSV(&buf, fromCSV[4:]); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "性别") {
		t.Errorf("性别 written though nobody has one:\n%s", buf.String())
	}
}

// TestGenderErrors: a 性别 that is neither sex, or contradicts the
// 与户主关系 (a 长子 written 女), is an error of its row, never guessed.
func TestGenderErrors(t *testing.T) {
	_, err := ParseCSV(strings.NewReader("姓名,户号,与户主关系,性别\n张老汉,1,户主,公\n张强,1,长子,女\n李桂香,1,妻,女\n"), "花名册.csv")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`第 2 行「性别」："公" 不是性别：请写 男 或 女，不知道就空着`,
		`第 3 行「性别」：写的是女，可「与户主关系」长子是男的：请改对其中一个`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "第 4 行") {
		t.Errorf("a 妻 written 女 is no error:\n%v", err)
	}
}

// FuzzReadGender: any 性别 cell reads as 男, 女 or unknown, or is
// refused; never another value.
func FuzzReadGender(f *testing.F) {
	for _, s := range []string{"男", "女", " 男性 ", "F", "male", "", "公", "男女"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sex, ok := village.ReadGender(s)
		if ok && sex != village.Male && sex != village.Female && sex != village.SexUnknown {
			t.Errorf("ReadGender(%q) = %q", s, sex)
		}
		if !ok && sex != village.SexUnknown {
			t.Errorf("ReadGender(%q) refused with %q", s, sex)
		}
	})
}
