package roster

import (
	"fmt"
	"strings"
	"testing"
)

// TestSheetsNamedByNumber (ops93): sheets named as a village office names
// them (1组, 第二组, 三组网格 under a title row) are read as the config's
// grids by their number, and a sheet of the village's cadres with no 网格
// column (村干部) as the village's, of no grid; Placed tells the
// volunteer how each sheet was read. Before, each was refused.
func TestSheetsNamedByNumber(t *testing.T) {
	book := workbook(t,
		sheetRows{"1组", [][]string{{"姓名", "户号", "与户主关系"}, {"刘建国", "QS-101", "户主"}}},
		sheetRows{"第二组 ", [][]string{{"姓名", "户号", "与户主关系"}, {"马红梅", "QS-201", "户主"}}},
		sheetRows{"三组网格", [][]string{{"青山村三组花名册"}, {"姓名", "户号", "与户主关系"}, {"张三", "QS-302", "户主"}}},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "角色", "职务"}, {"周书记", "QS-001", "网格长", "书记"}, {"吴会计", "QS-002", "网格员、评分小组", "会计"}}},
	)
	people, sheet, err := ParseSheet(book, "花名册.xlsx", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	grids := map[string]string{}
	for _, p := range people {
		grids[p.Name] = p.Village + "/" + p.Grid
	}
	want := map[string]string{"刘建国": "青山村/一组", "马红梅": "青山村/二组", "张三": "青山村/三组", "周书记": "青山村/", "吴会计": "青山村/"}
	if len(grids) != len(want) {
		t.Errorf("people read: %v, want %v", grids, want)
	}
	for name, g := range want {
		if grids[name] != g {
			t.Errorf("%s is of %q, want %q", name, grids[name], g)
		}
	}
	if got, want := sheet.Placed(), "工作表没有「网格」一列的，按表名算：「1组」算一组，「第二组 」算二组，「三组网格」算三组，「村干部」算青山村的村干部（不分网格，管全村）。"; got != want {
		t.Errorf("Placed =\n%s\nwant\n%s", got, want)
	}
}

// TestCadreSheetRows (ops93): on a sheet of the village's cadres (no 网格
// column) a row of no role serving the whole village — a villager, a
// scorer only — is refused on its 角色 cell, saying where he belongs; the
// cadres' rows read. A cadre sheet without a 角色 column is told once on
// its header.
func TestCadreSheetRows(t *testing.T) {
	book := workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号", "角色"}, {"刘建国", "QS-101", "网格长"}}},
		sheetRows{"青山村两委班子", [][]string{{"姓名", "户号", "角色"}, {"周书记", "QS-001", "网格长"}, {"钱委员", "QS-002", ""}, {"孙委员", "QS-003", "评分小组"}}},
	)
	people, _, err := ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「青山村两委班子」第 3 行「角色」：工作表「青山村两委班子」里的人不分网格、管全村，角色要有网格长或网格员（或管理员、镇干部），钱委员的这一行没写角色（空着就是村民）：",
		"花名册.xlsx 工作表「青山村两委班子」第 4 行「角色」：工作表「青山村两委班子」里的人不分网格、管全村，角色要有网格长或网格员（或管理员、镇干部），孙委员的这一行「角色」写的是「评分小组」：",
	})
	if len(people) != 4 {
		t.Errorf("rows read with the errors: %d, want 4", len(people))
	}

	book = workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号"}, {"刘建国", "QS-101"}}},
		sheetRows{"村委", [][]string{{"姓名", "户号", "联系电话"}, {"周书记", "QS-001", "13800000001"}, {"钱委员", "QS-002", ""}}},
	)
	_, _, err = ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「村委」第 1 行：工作表「村委」是村干部的表，表里的人不分网格、管全村，可这张表没有「角色」一列",
	})
}

// TestSheetNamesOfSeveralVillages (ops93): with two villages, 1组 of
// both and no 村 column asks for the village; 柳树1组 is 柳树村's; a cadre
// sheet names its village or, with neither, is refused; a 组 never stands
// for a grid numbered as a 网格, and says why; a name of two grids of
// one village asks which.
func TestSheetNamesOfSeveralVillages(t *testing.T) {
	two := Places{Village: "青山村", Grids: []Grid{{"青山村", "一组"}, {"青山村", "二组"}, {"柳树村", "第一网格"}, {"柳树村", "第二网格"}}}
	for _, tc := range []struct {
		sheet string
		want  []Grid
	}{
		{"1组", []Grid{{"青山村", "一组"}}},
		{"第一网格", []Grid{{"青山村", "一组"}, {"柳树村", "第一网格"}}}, // each village's best
		{"1网格", []Grid{{"青山村", "一组"}, {"柳树村", "第一网格"}}},  // the village's name chooses, or a 村 column
		{"柳树1网格", []Grid{{"柳树村", "第一网格"}}},
		{"柳树村一组", nil}, // 柳树村's grids are 网格, of maybe several 组
		{"青山2组", []Grid{{"青山村", "二组"}}},
	} {
		got := two.Named(tc.sheet)
		if len(got) != len(tc.want) {
			t.Errorf("Named(%q) = %v, want %v", tc.sheet, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Named(%q) = %v, want %v", tc.sheet, got, tc.want)
			}
		}
	}
	for sheet, want := range map[string]string{"柳树村村干部": "柳树村", "柳树村委": "柳树村", "两委": "", "四组": "-"} {
		v, ok := two.Cadres(sheet)
		if !ok && want != "-" || ok && v != want {
			t.Errorf("Cadres(%q) = %q %v, want %q", sheet, v, ok, want)
		}
	}

	book := workbook(t,
		sheetRows{"柳树村一组", [][]string{{"姓名", "户号"}, {"李西", "LS-101"}}},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "角色"}, {"周书记", "QS-001", "网格长"}}},
	)
	_, _, err := ParseSheet(book, "花名册.xlsx", two)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「柳树村一组」第 1 行：工作表名「柳树村一组」对不上配置里的网格（表名说的是组，配置里的「第一网格」是网格：一个网格可能管几个组，机器人不猜）",
		"花名册.xlsx 工作表「村干部」第 1 行：工作表「村干部」是村干部的表，可配置里有 青山村、柳树村 几个村，这张表又没有「村」一列",
	})

	odd := Places{Village: "青山村", Grids: []Grid{{"青山村", "一组"}, {"青山村", "1组"}}}
	book = workbook(t,
		sheetRows{"第一组", [][]string{{"姓名", "户号"}, {"刘建国", "QS-101"}}},
		sheetRows{"1组", [][]string{{"姓名", "户号"}, {"马红梅", "QS-201"}}},
	)
	_, _, err = ParseSheet(book, "花名册.xlsx", odd)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「第一组」第 1 行：工作表名「第一组」对得上配置里的 一组、1组 几个网格，机器人不知道是哪一个",
	})
}

// TestNumeral (ops93): the numbers of grid names as villages write them.
func TestNumeral(t *testing.T) {
	for s, want := range map[string]int{"1": 1, "01": 1, "12": 12, "一": 1, "十": 10, "十二": 12, "二十": 20, "二十三": 23,
		"贰拾壹": 21, "〇": 0, "": 0, "组": 0, "123": 0, "两": 0, "两组": 0, "叁": 3, "二十两": 22} {
		if n, _ := numeral(s); n != want {
			t.Errorf("numeral(%q) = %d, want %d", s, n, want)
		}
	}
}

// TestGridCellsByNumber (ops93): a 网格 cell written by number or with
// the village (1组, 青山村三组) is the config's grid, and Placed says so
// with the rows; a cell naming no grid (四组) is left for the config's
// check to name.
func TestGridCellsByNumber(t *testing.T) {
	csv := "姓名,户号,所属组别,角色\n刘建国,QS-101,1组,网格长\n陈桂兰,QS-101,1组,\n李四,QS-301,青山村三组,网格长\n王五,QS-401,四组,\n"
	people, sheet, err := ParseSheet(strings.NewReader(csv), "花名册.csv", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	var grids []string
	for _, p := range people {
		grids = append(grids, p.Grid)
	}
	if got, want := strings.Join(grids, " "), "一组 一组 三组 四组"; got != want {
		t.Errorf("grids %q, want %q", got, want)
	}
	if got, want := sheet.Placed(), "「所属组别」写的按配置里的网格名算：「1组」算一组（第 2–3 行），「青山村三组」算三组（第 4 行）。"; got != want {
		t.Errorf("Placed =\n%s\nwant\n%s", got, want)
	}
	if _, err := Parse(strings.NewReader(csv), "花名册.csv", "青山村"); err != nil {
		t.Errorf("without the config's grids: %v", err)
	}
	// a bare number under a 组 header is that 组
	people, sheet, err = ParseSheet(strings.NewReader("姓名,户号,组\n刘建国,QS-101,1\n马红梅,QS-201,第2\n"), "花名册.csv", qingshan)
	if err != nil || len(people) != 2 || people[0].Grid != "一组" || people[1].Grid != "二组" {
		t.Errorf("bare numbers under 组: %v %+v", err, people)
	}
	if got, want := sheet.Placed(), "「组」写的按配置里的网格名算：「1」算一组（第 2 行），「第2」算二组（第 3 行）。"; got != want {
		t.Errorf("Placed =\n%s\nwant\n%s", got, want)
	}
}

// TestPostsToldOnce (ops93): a 职务 column (read as 角色) of village posts
// on several rows, as a 村干部 sheet writes it, is told once on its header
// naming the cells, instead of the same long advice on each row.
func TestPostsToldOnce(t *testing.T) {
	csv := "姓名,户号,网格,职务\n周书记,QS-001,,书记\n钱主任,QS-002,,村委会主任\n孙会计,QS-003,,会计\n"
	_, err := Parse(strings.NewReader(csv), "花名册.csv", "青山村")
	startsEach(t, errorLines(err), []string{
		"花名册.csv 第 1 行「职务」：这一列写的是村里的职务（第 2 行「书记」、第 3 行「村委会主任」、第 4 行「会计」），不是机器人认的角色",
	})
}

// TestFooterIsNoPerson (ops93): each sheet's 合计 row is told once, on
// its own row, and not as a person met twice.
func TestFooterIsNoPerson(t *testing.T) {
	book := workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号"}, {"刘建国", "QS-101"}, {"合计：1人", ""}}},
		sheetRows{"二组", [][]string{{"姓名", "户号"}, {"马红梅", "QS-201"}, {"合计：1人", ""}}},
	)
	_, _, err := ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「一组」第 3 行「姓名」：\"合计：1人\" 不是人名",
		"花名册.xlsx 工作表「二组」第 3 行「姓名」：\"合计：1人\" 不是人名",
	})
}

// TestSummarySheetToldOnce (ops93): a 汇总 sheet of every 组's people
// beside the 组 sheets is told once, on 汇总, naming the sheets it
// repeats (村干部's two people with them), not as ninety rows met twice;
// a household on two sheets is still told row by row.
func TestSummarySheetToldOnce(t *testing.T) {
	var sum, one, two [][]string
	for i := range 6 {
		a := []string{fmt.Sprintf("一组人%d", i), fmt.Sprintf("QS-1%02d", i)}
		b := []string{fmt.Sprintf("二组人%d", i), fmt.Sprintf("QS-2%02d", i)}
		one, two = append(one, a), append(two, b)
		sum = append(sum, append([]string{"一组"}, a...), append([]string{"二组"}, b...))
	}
	header := [][]string{{"姓名", "户号"}}
	book := workbook(t,
		sheetRows{"汇总", append([][]string{{"网格", "姓名", "户号"}}, append(sum, []string{"", "周书记", "QS-001"})...)},
		sheetRows{"一组", append(header, one...)},
		sheetRows{"二组", append(header, two...)},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "角色"}, {"周书记", "QS-001", "网格长"}}},
	)
	_, _, err := ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「汇总」第 1 行「姓名」：这张工作表和工作表「一组」、「二组」、「村干部」有 13 人一样（村、户号、姓名都一样），一个人在文件里只能写一次：「汇总」是把另外几张表抄在一起的，就删掉这张工作表",
	})

	book = workbook(t,
		sheetRows{"一组", append(header, one...)},
		sheetRows{"二组", append(header, append(two, one[0], one[1])...)},
	)
	_, _, err = ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「二组」第 8 行「姓名」：一组人0在工作表「一组」第 2 行和工作表「二组」第 8 行出现了两次",
		"花名册.xlsx 工作表「二组」第 9 行「姓名」：一组人1在工作表「一组」第 3 行和工作表「二组」第 9 行出现了两次",
	})

	book = workbook(t,
		sheetRows{"一组", append(header, one...)},
		sheetRows{"一组 (2)", append(header, one...)},
	)
	_, _, err = ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「一组」第 1 行「姓名」：这张工作表和工作表「一组 (2)」有 6 人一样（村、户号、姓名都一样），一个人在文件里只能写一次：像是一张表抄了另一张",
	})
}
