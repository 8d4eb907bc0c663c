package roster

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"gridbot/village"
)

// TestRegisterAsVillagesKeepIt (ops89): a register as a village keeps it
// in Excel and saves it as CSV on Chinese Windows (GBK): a 序号 column
// numbered down the template's empty rows, names spaced out to align
// (张  三), a household typed full-width, phones in groups with a space
// after, a 职务 column next to 角色, 高/中/低 care levels. Each read (before:
// 序号 and 职务 were unknown columns, the empty template rows had no
// 姓名, 中 was no care level, 张  三 kept its spaces).
func TestRegisterAsVillagesKeepIt(t *testing.T) {
	const register = "青山村三组花名册,,,,,,,,,,\n" +
		"序号,户号,姓 名,与户主关系,所属网格,联系电话,是否使用微信,关爱等级,责任网格员,职务,角色\n" +
		"1,QS-301,张  三,户主,三组,139 0000 0301 ,是,,,村民代表,村民\n" +
		"2,QS-302,李　四,户主,三组,13900000302,Ｙ,,,组长,网格长\n" +
		"3,,,,,,,,,,\n" +
		"4,ＱＳ－３０５,王奶奶,户主,三组,139-0000-0305,否,中,李 四,,\n" +
		"5,QS-306,赵大爷,户主,三组,13900000306,否,低级,李四,,\n" +
		"6,,,,,,,,,,\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(register)
	if err != nil {
		t.Fatal(err)
	}
	people, sheet, err := ParseSheet(strings.NewReader(gbk), "花名册.csv", Places{Village: "青山村"})
	if err != nil {
		t.Fatal(err)
	}
	want := []village.Person{
		{Name: "张三", Village: "青山村", Household: "QS-301", Relation: "户主", Grid: "三组", Phone: "13900000301", UsesWeChat: true, Roles: villager},
		{Name: "李四", Village: "青山村", Household: "QS-302", Relation: "户主", Grid: "三组", Phone: "13900000302", UsesWeChat: true, Roles: []village.Role{village.RoleLeader}},
		{Name: "王奶奶", Village: "青山村", Household: "QS-305", Relation: "户主", Grid: "三组", Phone: "13900000305", Care: village.CareFocus, Caretaker: "李四", Roles: villager},
		{Name: "赵大爷", Village: "青山村", Household: "QS-306", Relation: "户主", Grid: "三组", Phone: "13900000306", Care: village.CareNormal, Caretaker: "李四", Roles: villager},
	}
	for i := range want {
		want[i].SetRelation(want[i].Relation)
	}
	if diff := cmp.Diff(people, want); diff != "" {
		t.Errorf("people (-got +want):\n%s", diff)
	}
	if got := sheet.Row(people[2]); got != 6 {
		t.Errorf("王奶奶's row = %d, want 6 (the spreadsheet's)", got)
	}
}

// TestPostColumnAsRoles (ops89): a register whose only roles column is
// 「职务」 is read as 角色, and a village post in it is told on its cell,
// with how to keep the posts; before, 职务 was an unknown column and every
// 责任网格员 was said to be no worker.
func TestPostColumnAsRoles(t *testing.T) {
	const header = "姓名,户号,手机号,使用微信,责任网格员,职务\n"
	people, err := ParseCSV(strings.NewReader(header+"王五,1,13900000001,是,,网格员\n王奶奶,2,13900000002,否,王五,\n"), home)
	if err != nil {
		t.Fatal(err)
	}
	if !people[0].Has(village.RoleWorker) || !people[1].CaredBy(people[0]) {
		t.Errorf("职务 not read as 角色: %+v", people)
	}
	_, err = ParseCSV(strings.NewReader(header+"王五,1,13900000001,是,,书记\n"), home)
	if got := errorLines(err); len(got) != 1 || !strings.HasPrefix(got[0], `第 2 行「职务」："书记" 不是能用的角色`) ||
		!strings.Contains(got[0], "另加一列「角色」写网格长、网格员、村民，「职务」这一列机器人就不读了") {
		t.Errorf("a post in 职务: %q", got)
	}
}

// TestTwoRowHeader (ops89): a workbook whose header is two rows, 姓名 and
// 户号 merged down over both and 联系方式 merged across 手机号 and 微信昵称,
// reads its columns from the lower row; before, the lower row was taken
// for a person named 姓名 with the phone 「手机号」.
func TestTwoRowHeader(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for cell, row := range map[string][]any{
		"A1": {"青山村花名册"},
		"A2": {"姓名", "户号", "联系方式", nil, "家庭情况"},
		"A3": {nil, nil, "手机号", "微信昵称", "与户主关系"},
		"A4": {"张三", "QS-301", 13900000301, "张三哥", "户主"},
		"A5": {"李四", "QS-302", "1390000", nil, "户主"},
	} {
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range [][2]string{{"A1", "E1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}} {
		if err := f.MergeCell("Sheet1", r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := Parse(bytes.NewReader(buf.Bytes()), "花名册.xlsx", home)
	if diff := cmp.Diff(errorLines(err), []string{
		`花名册.xlsx 第 5 行「手机号」："1390000" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
	}); diff != "" {
		t.Fatalf("errors (-got +want):\n%s", diff)
	}
	// The same header saved as CSV: the merged cells are empty.
	people, err := ParseCSV(strings.NewReader("姓名,户号,联系方式,,家庭情况\n,,手机号,微信昵称,与户主关系\n张三,QS-301,13900000301,张三哥,户主\n"), home)
	if err != nil {
		t.Fatal(err)
	}
	if p := people[0]; p.Phone != "13900000301" || p.Nickname != "张三哥" || p.RelationWritten() != "户主" {
		t.Errorf("two-row header in CSV: %+v", p)
	}
}

// TestPhoneInScientificNotation (ops89): a phone a workbook stores in
// scientific notation with all its digits reads; one whose digits Excel
// cut when saving CSV is told, naming the column as the file writes it.
func TestPhoneInScientificNotation(t *testing.T) {
	for in, want := range map[string]string{
		"1.3912345678E+10": "13912345678", "1.3912345678e10": "13912345678",
		"1.39123E+10": "1.39123E+10", "1.5E+1": "15", "13912345678": "13912345678",
	} {
		if got := normalPhone(in); got != want {
			t.Errorf("normalPhone(%q) = %q, want %q", in, got, want)
		}
	}
	_, err := ParseCSV(strings.NewReader("姓名,联系电话\n王芳,1.39E+10\n"), home)
	if got := errorLines(err); len(got) != 1 || !strings.Contains(got[0], "请在 Excel 里把「联系电话」这一列设成「文本」格式") {
		t.Errorf("cut digits: %q", got)
	}
}

// FuzzNormalPhone: whatever a phone cell holds, a number checkPhone takes
// is an 11-digit mobile number or a landline with its area code.
func FuzzNormalPhone(f *testing.F) {
	for _, s := range []string{"1.3912345678E+10", "1.39E+10", "139 0000 0301 ", "＋86　１３９－００００–０００３", "0871-1234567", "1.0E+99", "9E9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := normalPhone(strings.TrimSpace(s))
		if checkPhone(p, s, "手机号") != nil {
			return
		}
		if p == "" {
			return
		}
		area, number, landline := strings.Cut(p, "-")
		if !(len(p) == 11 && p[0] == '1' && digits(p)) && !(landline && strings.HasPrefix(area, "0") && digits(area+number)) {
			t.Fatalf("normalPhone(%q) = %q taken as a phone", s, p)
		}
	})
}

// TestFooterRowsAreNoPeople (ops89): a form's footer in the 姓名 column (a
// total, who filled it in) is told on its row; before, it was imported
// as a person named 「合计：3人」.
func TestFooterRowsAreNoPeople(t *testing.T) {
	_, err := ParseCSV(strings.NewReader("序号,姓名,户号\n1,张三,1\n,合计：1人,\n,填表人 王五,\n"), home)
	want := []string{
		`第 3 行「姓名」："合计：1人" 不是人名，像是表尾的合计、填表人这样的行：请删掉这一行（整行删掉，不是只清空这一格）`,
		`第 4 行「姓名」："填表人 王五" 不是人名，像是表尾的合计、填表人这样的行：请删掉这一行（整行删掉，不是只清空这一格）`,
	}
	if diff := cmp.Diff(errorLines(err), want); diff != "" {
		t.Errorf("footer (-got +want):\n%s", diff)
	}
}

// TestWeChatAsFormsWriteIt (ops89): 使用微信 written with the column's word
// (有微信, 没有微信) or as whether he can (会用, 不会用) reads; before, "看不懂".
func TestWeChatAsFormsWriteIt(t *testing.T) {
	for in, want := range map[string]bool{"有微信": true, "没有微信": false, "无微信": false, "会用": true, "不会用": false, "不会": false, "Ｎ": false} {
		if got, err := parseYesNo(narrow(in)); err != nil || got != want {
			t.Errorf("parseYesNo(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseYesNo("微信"); err == nil {
		t.Error("parseYesNo(微信) read as yes")
	}
}
