package roster

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gridbot/village"
)

// qingshan are the example township's places: one village of three grids.
var qingshan = Places{Village: "青山村", Grids: []Grid{{"青山村", "一组"}, {"青山村", "二组"}, {"青山村", "三组"}}}

// workbook is an .xlsx of the sheets given, in order, each its rows.
func workbook(t *testing.T, sheets ...sheetRows) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, err := excelize.CoordinatesToCellName(1, r+1)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

type sheetRows struct {
	name string
	rows [][]string
}

// TestRegisterSheetsPerGrid (ops91): a workbook kept one sheet a 组 reads
// as one register: a sheet without a 网格 column gives its rows the grid
// its name names (一组; 青山村三组 with the village; after a 填表说明 sheet
// and above a title row), a sheet with one (村干部, the village-wide
// cadres left empty) reads it; each person knows his sheet and row. Before
// (ops89) the workbook was refused.
func TestRegisterSheetsPerGrid(t *testing.T) {
	book := workbook(t,
		sheetRows{"填表说明", [][]string{{"每组一张表，填好后交村委会"}}},
		sheetRows{"一组", [][]string{{"姓名", "户号", "与户主关系", "角色"}, {"刘建国", "QS-101", "户主", "网格长"}, {"陈桂兰", "QS-101", "配偶", ""}}},
		sheetRows{"二组 ", [][]string{{"姓名", "户号", "与户主关系", "角色"}, {"马红梅", "QS-201", "户主", "网格长"}}},
		sheetRows{"青山村三组", [][]string{{"青山村三组花名册"}, {"姓名", "户号", "与户主关系", "角色"}, {"李四", "QS-301", "户主", "网格长"}, {"张三", "QS-302", "户主", ""}}},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "网格", "角色"}, {"周书记", "QS-001", "", "网格长"}}},
	)
	people, sheet, err := ParseSheet(book, "花名册.xlsx", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	grids := map[string]string{}
	for _, p := range people {
		grids[p.Name] = p.Village + p.Grid
	}
	want := map[string]string{"刘建国": "青山村一组", "陈桂兰": "青山村一组", "马红梅": "青山村二组", "李四": "青山村三组", "张三": "青山村三组", "周书记": "青山村"}
	if len(grids) != len(want) {
		t.Errorf("people read: %v, want %v", grids, want)
	}
	for name, g := range want {
		if grids[name] != g {
			t.Errorf("%s is of %q, want %q", name, grids[name], g)
		}
	}
	zhang := village.Person{Name: "张三", Village: "青山村", Household: "QS-302"}
	if got, want := sheet.At(zhang), "工作表「青山村三组」第 4 行"; got != want {
		t.Errorf("张三 is at %q, want %q", got, want)
	}
	if got, want := sheet.Cells("角色", people[:3]), "花名册.xlsx 工作表「一组」第 2–3 行，工作表「二组 」第 2 行「角色」"; got != want {
		t.Errorf("Cells = %q, want %q", got, want)
	}
	if col, ok := sheet.Column("网格"); !ok || col != "网格" {
		t.Errorf("the 网格 column of 村干部 not known: %q %v", col, ok)
	}
}

// TestRegisterSheetsPerGridErrors (ops91): a wrong cell of a workbook of
// several sheets is told with its sheet, row and column; a person on two
// sheets names both; a sheet whose name is no grid of the config, and has
// no 网格 column, is refused saying which sheet and what the grids are;
// the same grid of two villages without a 村 column asks for the
// village's name, and a 村 written other than the sheet's is told on its cell.
func TestRegisterSheetsPerGridErrors(t *testing.T) {
	book := workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号", "手机号"}, {"刘建国", "QS-101", "13800001011"}, {"陈桂兰", "QS-101", "1380000"}}},
		sheetRows{"二组", [][]string{{"姓名", "户号", "手机号"}, {"马红梅", "QS-201", ""}, {"刘建国", "QS-101", ""}}},
		sheetRows{"四组", [][]string{{"姓名", "户号"}, {"周书记", "QS-001"}}},
	)
	_, _, err := ParseSheet(book, "花名册.xlsx", qingshan)
	got := errorLines(err)
	want := []string{
		"花名册.xlsx 工作表「一组」第 3 行「手机号」：\"1380000\" 不是 11 位手机号",
		"花名册.xlsx 工作表「二组」第 3 行「姓名」：刘建国在工作表「一组」第 2 行和工作表「二组」第 3 行出现了两次",
		"花名册.xlsx 工作表「四组」第 1 行：工作表名「四组」对不上配置里的网格，这张表又没有「网格」一列，机器人不知道表里的人是哪个网格的：" +
			"请把工作表改名为网格名（配置里的网格有 一组、二组、三组；管全村的干部那张表叫「村干部」），或者在这张表加一列「网格」，写上各人的网格（管全村的干部空着）",
	}
	startsEach(t, got, want)

	two := Places{Village: "青山村", Grids: []Grid{{"青山村", "一组"}, {"柳树村", "一组"}, {"柳树村", "二组"}}}
	book = workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号"}, {"刘建国", "QS-101"}}},
		sheetRows{"柳树村一组", [][]string{{"姓名", "户号", "村"}, {"李西", "LS-101", ""}, {"李东", "LS-102", "青山村"}}},
		sheetRows{"二组", [][]string{{"姓名", "户号"}, {"王北", "LS-201"}}},
	)
	people, _, err := ParseSheet(book, "花名册.xlsx", two)
	got = errorLines(err)
	want = []string{
		"花名册.xlsx 工作表「一组」第 1 行：工作表名「一组」是 青山村、柳树村 都有的网格，这张表又没有「村」一列，机器人不知道是哪个村的：请把工作表名改成带村名的，如「青山村一组」",
		"花名册.xlsx 工作表「柳树村一组」第 3 行「村」：写的是「青山村」，可这张工作表「柳树村一组」是柳树村一组的人",
	}
	startsEach(t, got, want)
	for _, p := range people {
		if p.Name == "李西" && p.Village+p.Grid != "柳树村一组" || p.Name == "王北" && p.Village+p.Grid != "柳树村二组" {
			t.Errorf("%s is of %s%s", p.Name, p.Village, p.Grid)
		}
	}
}

// startsEach fails unless there are as many lines got as want, each
// starting with its want.
func startsEach(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("errors:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d:\n%s\nwant it to start\n%s", i, got[i], want[i])
		}
	}
}

// TestNamedSheets (ops91): how sheet names are read as grids.
func TestNamedSheets(t *testing.T) {
	for _, tc := range []struct {
		sheet string
		want  int // how many grids, 0 for none
	}{
		{"一组", 1}, {"青山村一组", 1}, {"青山村 一组", 1}, {"青山村-一组", 1}, {"一组花名册", 1}, {"一组（12户）", 1}, {"一组名单", 1},
		{"四组", 0}, {"村干部", 0}, {"Sheet1", 0}, {"青山村", 0}, {"", 0}, {"组", 0},
		// ops93: by the number
		{"1组", 1}, {"第一组", 1}, {"三组网格", 1}, {"青山一组", 1}, {"一组 ", 1}, {"第1小组", 1}, {"壹组", 1}, {"第一网格", 1},
		{"石桥村一组", 0}, {"11组", 0}, {"第一", 0}, {"1", 0},
	} {
		if got := qingshan.Named(tc.sheet); len(got) != tc.want {
			t.Errorf("Named(%q) = %v, want %d grid(s)", tc.sheet, got, tc.want)
		}
	}
}

// FuzzNamedSheets (ops91): a sheet's name, as typed by anyone, names only
// grids of the config, and a grid's own name, or its village's and its,
// always names it.
func FuzzNamedSheets(f *testing.F) {
	for _, s := range []string{"一组", "青山村三组", "一组（12户）", "Sheet1", "村干部", "二组 名单", "ＱＳ", "(", "组", "第十二组", "1号网格", "青山两委", "贰拾组", "\xe5十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sheet string) {
		for _, g := range qingshan.Named(sheet) {
			if g.Village != "青山村" || g.Name != "一组" && g.Name != "二组" && g.Name != "三组" {
				t.Errorf("Named(%q) gave %v", sheet, g)
			}
		}
		for _, g := range qingshan.Grids {
			if len(qingshan.Named(g.Name)) != 1 || len(qingshan.Named(g.Village+g.Name)) != 1 {
				t.Errorf("grid %v not named by its name", g)
			}
		}
		// ops93: a cadre sheet is of the config's village or names none,
		// and no sheet is both a grid's and the cadres'
		if v, ok := qingshan.Cadres(sheet); ok && (v != "" && v != "青山村" || len(qingshan.Named(sheet)) > 0) {
			t.Errorf("Cadres(%q) = %q, Named %v", sheet, v, qingshan.Named(sheet))
		}
		if n, rest := numeral(sheet); n < 0 || n > 99 || !strings.HasSuffix(sheet, rest) {
			t.Errorf("numeral(%q) = %d, %q", sheet, n, rest)
		}
	})
}
