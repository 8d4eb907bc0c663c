package roster

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// id is a made-up 身份证号 (not a real person's).
const id = "110101195001011234"

// TestVillageColumns (ops96): a register as villages keep it in Excel, with
// 身份证号, 家庭住址, 备注 and 出生日期, reads; none of those cells but the
// 家庭住址 is held (the people, and the file -write makes of them, have
// none of them; the address is read since alarm98, for the duty chat),
// and Unread names the columns once, the ID column apart. Before, each
// column was refused as unknown.
func TestVillageColumns(t *testing.T) {
	csv := "姓名,户号,身份证号,家庭住址,备注,出生日期,手机号\n" +
		"张三,QS-301," + id + ",青山村三组12号,独居老人,1950-01-01,13900000001\n"
	people, sheet, err := ParseSheet(strings.NewReader(csv), "花名册.csv", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 1 || people[0].Name != "张三" || people[0].Phone != "13900000001" {
		t.Fatalf("people = %+v", people)
	}
	held, _ := json.Marshal(people)
	var written bytes.Buffer
	if err := Write(&written, people, "花名册.csv"); err != nil {
		t.Fatal(err)
	}
	if people[0].Address != "青山村三组12号" || !strings.Contains(written.String(), ",家庭住址\n") || !strings.Contains(written.String(), ",青山村三组12号\n") {
		t.Errorf("address: held %q, written %s", people[0].Address, written.String())
	}
	for _, cell := range []string{id, "独居老人", "1950-01-01"} {
		if bytes.Contains(held, []byte(cell)) || strings.Contains(written.String(), cell) {
			t.Errorf("%q is held: %s / %s", cell, held, written.String())
		}
	}
	want := "「备注」「出生日期」这几列机器人不读，也不存（表里可以留着）；备注里要机器人知道的，请写进它认得的列：" +
		"不用微信的在「使用微信」写否，要常打电话回访的在「关爱等级」写高或重点。\n「身份证号」机器人不读、不存，也不写进日志（个人隐私），表里可以留着。"
	if got := sheet.Unread(); got != want {
		t.Errorf("Unread =\n%s\nwant\n%s", got, want)
	}
	// a register with none of them says nothing
	_, sheet, err = ParseSheet(strings.NewReader("姓名,户号\n张三,QS-301\n"), "花名册.csv", qingshan)
	if err != nil || sheet.Unread() != "" {
		t.Errorf("no extra column: Unread %q, %v", sheet.Unread(), err)
	}
}

// TestIDNeverQuoted (ops96): an error about a cell quotes it, but never
// one written as an ID number: in the 手机号 column (columns swapped) or
// in a column with no header. Nor does any error of a register that has
// an ID column.
func TestIDNeverQuoted(t *testing.T) {
	for name, csv := range map[string]string{
		"in 手机号":            "姓名,手机号\n张三," + id + "\n",
		"old 15 digits":     "姓名,手机号\n张三,110101500101123\n",
		"with an X":         "姓名,手机号\n张三,11010119500101123X\n",
		"no header":         "姓名,户号\n张三,QS-301," + id + "\n",
		"beside a bad cell": "姓名,公民身份号码,手机号,使用微信\n张三," + id + ",123,也许\n",
	} {
		_, _, err := ParseSheet(strings.NewReader(csv), "花名册.csv", qingshan)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		for _, digits := range []string{id, "110101500101123", "11010119500101123X"} {
			if strings.Contains(err.Error(), digits) {
				t.Errorf("%s: the ID is quoted: %v", name, err)
			}
		}
		if name != "beside a bad cell" && !strings.Contains(err.Error(), "这一格（像是身份证号，这里不显示）") {
			t.Errorf("%s: told %v, want it to say the cell looks like an ID", name, err)
		}
	}
	// an 11-digit phone a digit short is still quoted: it is no ID
	_, _, err := ParseSheet(strings.NewReader("姓名,手机号\n张三,1390000000\n"), "花名册.csv", qingshan)
	if err == nil || !strings.Contains(err.Error(), `"1390000000" 不是 11 位手机号`) {
		t.Errorf("a short phone: %v", err)
	}
}

// TestColumnsLikeOnes (ops96): a column that is none of the bot's is read
// for nothing unless it looks like one the file lacks (its words, or a
// slip of its name), which is refused naming it; beside that column it
// is another one (家庭电话 beside 手机号) and is read for nothing.
func TestColumnsLikeOnes(t *testing.T) {
	for _, c := range []struct {
		header  string
		refused string // the column it is told it looks like; "" read for nothing
		private bool
	}{
		{"姓名,家庭电话", "手机号", false},
		{"姓名,手机号,家庭电话", "", false},
		{"姓名,户主姓名", "", false},
		{"姓名,微信号", "微信昵称」或「使用微信", false},
		{"姓名,微信昵称,微信号", "", false},
		{"姓名,网隔", "网格", false},
		{"姓名,户口号", "户号", false},
		{"姓名,组别名称", "网格", false},
		{"姓名,民族,文化程度,政治面貌", "", false},
		{"姓名,身份证号码", "", true},
		{"姓名,公民身份号码", "", true},
		{"姓名,银行卡号", "", true},
	} {
		csv := c.header + "\n张三" + strings.Repeat(",", strings.Count(c.header, ",")) + "\n"
		_, sheet, err := ParseSheet(strings.NewReader(csv), "花名册.csv", qingshan)
		last := c.header[strings.LastIndex(c.header, ",")+1:]
		switch {
		case c.refused != "":
			if want := "第 1 行「" + last + "」：不认得这一列，像是「" + c.refused + "」（表里没有这一列）"; err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: told %v, want %s", c.header, err, want)
			}
		case err != nil:
			t.Errorf("%s: refused: %v", c.header, err)
		case c.private != slices.Contains(sheet.private, last) || !c.private && !slices.Contains(sheet.ignored, last):
			t.Errorf("%s: ignored %q, private %q", c.header, sheet.ignored, sheet.private)
		}
	}
}

// TestCadreSheetWithGridColumn (ops96): a 村干部 sheet with a 网格 column
// reads its empty cells as a sheet without the column does: the
// village's, of no grid, so a row there of no cadre role is refused on
// its 角色 cell (before: read as a villager of no grid, only warned of by
// the config's check); a cadre whose cell names a grid is of that grid.
// Placed says which rows were read so.
func TestCadreSheetWithGridColumn(t *testing.T) {
	book := workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号", "角色"}, {"刘建国", "QS-101", "网格长"}}},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "网格", "角色"}, {"周书记", "QS-001", "", "网格长"}, {"郑委员", "QS-002", "1组", "网格员"}, {"钱会计", "QS-003", "", ""}}},
	)
	_, _, err := ParseSheet(book, "花名册.xlsx", qingshan)
	startsEach(t, errorLines(err), []string{
		"花名册.xlsx 工作表「村干部」第 4 行「角色」：工作表「村干部」里的人不分网格、管全村，角色要有网格长或网格员（或管理员、镇干部），钱会计的这一行没写角色（空着就是村民）：",
	})

	book = workbook(t,
		sheetRows{"一组", [][]string{{"姓名", "户号", "角色"}, {"刘建国", "QS-101", "网格长"}}},
		sheetRows{"村干部", [][]string{{"姓名", "户号", "网格", "角色"}, {"周书记", "QS-001", "", "网格长"}, {"郑委员", "QS-002", "1组", "网格员"}, {"钱会计", "QS-003", "二组", ""}}},
	)
	people, sheet, err := ParseSheet(book, "花名册.xlsx", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range people {
		got[p.Name] = p.Village + "/" + p.Grid
	}
	for name, want := range map[string]string{"刘建国": "青山村/一组", "周书记": "青山村/", "郑委员": "青山村/一组", "钱会计": "青山村/二组"} {
		if got[name] != want {
			t.Errorf("%s is of %q, want %q", name, got[name], want)
		}
	}
	want := "工作表没有「网格」一列的，按表名算：「一组」算一组。工作表「村干部」里「网格」空着的人算青山村的村干部（不分网格，管全村）。" +
		"「网格」写的按配置里的网格名算：「1组」算一组（工作表「村干部」第 3 行）。"
	if got := sheet.Placed(); got != want {
		t.Errorf("Placed =\n%s\nwant\n%s", got, want)
	}
}

// TestIDHeaderNeverShown (lead97): a header cell written as an ID number
// (a register whose first data row was taken for the header, 姓名 still
// there) is read for nothing and named without its digits, on the
// private line; before, Unread listed the number itself.
func TestIDHeaderNeverShown(t *testing.T) {
	csv := "姓名," + id + ",手机号\n张三,110101195001011235,13900000001\n"
	people, sheet, err := ParseSheet(strings.NewReader(csv), "花名册.csv", qingshan)
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 1 || people[0].Phone != "13900000001" {
		t.Fatalf("people = %+v", people)
	}
	got := sheet.Unread()
	if strings.Contains(got, id) || strings.Contains(got, "1101") {
		t.Errorf("Unread shows the ID: %s", got)
	}
	if want := "「" + idHeader + "」机器人不读、不存，也不写进日志（个人隐私），表里可以留着。"; got != want {
		t.Errorf("Unread =\n%s\nwant\n%s", got, want)
	}
}
