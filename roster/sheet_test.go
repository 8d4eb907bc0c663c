package roster

import (
	"strings"
	"testing"

	"gridbot/village"
)

func TestRowSpan(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []int
		want string
	}{
		{"one", []int{5}, "第 5 行"},
		{"a run", []int{3, 2, 4}, "第 2–4 行"},
		{"runs and strays", []int{12, 2, 9, 10, 5, 11, 5}, "第 2、5、9–12 行"},
		{"too many runs", []int{1, 3, 5, 7, 9, 11, 13, 15, 17, 19}, "第 1、3、5、7、9、11、13、15 行等"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := RowSpan(tc.rows); got != tc.want {
				t.Errorf("RowSpan(%v) = %q, want %q", tc.rows, got, tc.want)
			}
		})
	}
}

// TestSheetNamesTheCell: the sheet of a register with a title row and a
// blank line counts rows as the spreadsheet shows them, and names a
// column by its header as written.
func TestSheetNamesTheCell(t *testing.T) {
	const register = "青山村花名册\n姓名,户号,所属网格\n张三,QS-1,三组\n\n李四,QS-2,一组\n"
	people, sheet, err := ParseSheet(strings.NewReader(register), "花名册.csv", Places{Village: "青山村"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sheet.Cells("网格", people[1:]), "花名册.csv 第 5 行「所属网格」"; got != want {
		t.Errorf("Cells = %q, want %q", got, want)
	}
	if got, want := sheet.Header, 2; got != want {
		t.Errorf("Header = %d, want %d", got, want)
	}
	if _, ok := sheet.Column("手机号"); ok {
		t.Error("Column(手机号) found a column the file lacks")
	}
	if got := sheet.Row(village.Person{Name: "王五", Village: "青山村"}); got != 0 {
		t.Errorf("Row of someone not in the file = %d, want 0", got)
	}
}
