package roster

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

const home = "李家村"

var (
	worker   = []village.Role{village.RoleWorker}
	villager = []village.Role{village.RoleVillager}
)

func TestParseCSV(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		want []village.Person
	}{
		{
			name: "Chinese headers",
			csv: `户号,姓名,与户主关系,网格,微信昵称,手机号,使用微信,关爱等级,责任网格员,角色,村
1,王芳,户主,一组,芳芳,13900000001,是,,,网格员,
1 , 李大爷 ,父亲,一组,,0871-1234567,否,高,王芳,,
2,赵强,户主,二组,强子,,,,,村民；网格长,
,陈书记,,,陈镇,13900000009,,,,镇干部,
,张主任,,,,,y,,,admin/officer,石门村
`,
			want: []village.Person{
				{Name: "王芳", Village: home, Household: "1", Relation: "户主", Grid: "一组", Nickname: "芳芳", Phone: "13900000001", UsesWeChat: true, Roles: worker},
				{Name: "李大爷", Village: home, Household: "1", Relation: "父母", Grid: "一组", Phone: "0871-1234567", Care: village.CareHigh, Caretaker: "王芳", Roles: villager,
					RelationText: "父亲", Sex: village.Male}, // kept as written, read as the head's parent
				{Name: "赵强", Village: home, Household: "2", Relation: "户主", Grid: "二组", Nickname: "强子", UsesWeChat: true, Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
				{Name: "陈书记", Village: home, Nickname: "陈镇", Phone: "13900000009", UsesWeChat: true, Roles: []village.Role{village.RoleOfficer}},
				{Name: "张主任", Village: "石门村", UsesWeChat: true, Roles: []village.Role{village.RoleAdmin, village.RoleOfficer}},
			},
		},
		{
			name: "English headers in any case and order",
			csv: ` Name ,HOUSEHOLD,Phone,WeChat,Care,Caretaker,Roles,Village,Nickname,Grid,Relation
Wang Fang,7,13900000001,yes,,,worker,,fang,1,head
Li,7,13900000002,No,重点,Wang Fang,villager,,,1,father
`,
			want: []village.Person{
				{Name: "Wang Fang", Village: home, Household: "7", Relation: "户主", RelationText: "head", Grid: "1", Nickname: "fang", Phone: "13900000001", UsesWeChat: true, Roles: worker},
				{Name: "Li", Village: home, Household: "7", Relation: "父母", RelationText: "father", Sex: village.Male, Grid: "1", Phone: "13900000002", Care: village.CareFocus, Caretaker: "Wang Fang", Roles: villager},
			},
		},
		{
			name: "BOM and parenthesised header suffixes",
			csv:  "\uFEFF姓名,使用微信（是/否）,手机号(11位),角色 (可多个)\n王芳,否,13900000001,网格员、评分小组\n",
			want: []village.Person{
				{Name: "王芳", Village: home, Phone: "13900000001", Roles: []village.Role{village.RoleWorker, village.RoleScorer}},
			},
		},
		{
			name: "blank rows, quoted cells and ragged rows",
			csv:  "姓名,微信昵称,角色\n\n,,\n\"王, 芳\",\"芳\"\"芳\"\n赵强,,\"村民,网格长,网格长\"\n",
			want: []village.Person{
				{Name: "王, 芳", Village: home, Nickname: `芳"芳`, UsesWeChat: true, Roles: villager},
				{Name: "赵强", Village: home, UsesWeChat: true, Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
			},
		},
		{
			name: "same name in two households",
			csv:  "姓名,户号\n王芳,1\n王芳,2\n",
			want: []village.Person{
				{Name: "王芳", Village: home, Household: "1", UsesWeChat: true, Roles: villager},
				{Name: "王芳", Village: home, Household: "2", UsesWeChat: true, Roles: villager},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.csv), "roster.csv", home)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

// errorLines splits a joined error into its lines.
func errorLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestParseErrors(t *testing.T) {
	const header = "姓名,户号,手机号,使用微信,关爱等级,责任网格员,角色,村\n"
	tests := []struct {
		name     string
		filename string // default roster.csv
		csv      string
		want     []string
	}{
		{
			name: "short mobile number",
			csv:  header + "王芳,1,13900000001\n张三,1,1390000\n",
			want: []string{`roster.csv 第 3 行「手机号」："1390000" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`},
		},
		{
			name: "mobile number not starting with 1",
			csv:  header + "张三,1,23900000001\n",
			want: []string{`roster.csv 第 2 行「手机号」："23900000001" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`},
		},
		{
			// written in groups with a slip: a mobile number, not a
			// landline (no area code starting with 0)
			name: "grouped mobile number with a stray letter",
			csv:  header + "张三,1,138-0000-1005x\n",
			want: []string{`roster.csv 第 2 行「手机号」："138-0000-1005x" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`},
		},
		{
			name: "landline with two hyphens or too few digits",
			csv:  header + "张三,1,0871-123-4567\n李四,1,01-2345\n",
			want: []string{
				`roster.csv 第 2 行「手机号」："0871-123-4567" 不是座机号码，请写成 0871-1234567 这样：区号、一个短横、号码`,
				`roster.csv 第 3 行「手机号」："01-2345" 不是座机号码，请写成 0871-1234567 这样：区号、一个短横、号码`,
			},
		},
		{
			name: "care level",
			csv:  header + "张三,1,,,独居\n",
			want: []string{`roster.csv 第 2 行「关爱等级」："独居" 不是关爱等级：请写「高」「重点」「一般」（默认每周、每月、每季度给他打一次回访电话），或者空着（不定期打）；低保、特困、独居这类情况不写在这一列`},
		},
		{
			name: "uses WeChat",
			csv:  header + "张三,1,,也许\n",
			want: []string{`roster.csv 第 2 行「使用微信」："也许" 看不懂，请写「是」或「否」`},
		},
		{
			name: "no WeChat and no phone",
			csv:  "姓名,使用微信(是/否),手机号\n张三,否,\n",
			want: []string{`roster.csv 第 2 行「手机号」：手机号是空的，但「使用微信(是/否)」是否：不用微信的人要打电话联系，请填上张三的手机号或座机`},
		},
		{
			name: "no name, no WeChat and no phone",
			csv:  "姓名,户号,使用微信,手机号\n,QS-1,否,\n",
			want: []string{
				`roster.csv 第 2 行「姓名」：姓名是空的：请填上姓名，或删掉这一行`,
				`roster.csv 第 2 行「手机号」：手机号是空的，但「使用微信」是否：不用微信的人要打电话联系，请填上他的手机号或座机`,
			},
		},
		{
			name: "no WeChat and no phone column",
			csv:  "Name,WeChat\n张三,n\n李四,y\n王五,否\n",
			want: []string{`roster.csv 第 1 行「手机号」：缺少「手机号」一列，可是有 2 人「WeChat」是否：张三（第 2 行）、王五（第 4 行）。不用微信的人要打电话联系，请在表头加上「手机号」一列，填上他们的手机号或座机`},
		},
		{
			name: "many without WeChat and no phone column",
			csv:  "姓名,使用微信\n甲,否\n乙,否\n丙,否\n丁,否\n戊,否\n己,否\n",
			want: []string{`roster.csv 第 1 行「手机号」：缺少「手机号」一列，可是有 6 人「使用微信」是否：甲（第 2 行）、乙（第 3 行）、丙（第 4 行）、丁（第 5 行）、戊（第 6 行） 等。不用微信的人要打电话联系，请在表头加上「手机号」一列，填上他们的手机号或座机`},
		},
		{
			name: "column named as in the header",
			csv:  "Name,PHONE\n张三,123\n",
			want: []string{`roster.csv 第 2 行「PHONE」："123" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`},
		},
		{
			name: "person listed twice",
			csv:  header + "张三,1\n李四,1\n张三,1\n张三,1,,,,,,石门村\n",
			want: []string{`roster.csv 第 4 行「姓名」：张三在第 2 行和第 4 行出现了两次（村、户号、姓名都一样）：请删掉一行；是重名的两个人，请填不同的户号`},
		},
		{
			name: "caretaker not a grid worker of the village",
			csv: header + "王芳,1,,,,,网格员\n李四,2\n" +
				"张三,3,,,,王芳\n赵六,4,,,,李四\n钱七,5,,,,孙八\n周九,6,,,,王芳,,石门村\n",
			want: []string{
				`roster.csv 第 5 行「责任网格员」："李四" 不是这份花名册里李家村的网格员或网格长：请写李家村一位网格员或网格长的姓名（他的「角色」里要有网格员或网格长）`,
				`roster.csv 第 6 行「责任网格员」："孙八" 不是这份花名册里李家村的网格员或网格长：请写李家村一位网格员或网格长的姓名（他的「角色」里要有网格员或网格长）`,
				`roster.csv 第 7 行「责任网格员」："王芳" 是第 2 行李家村的网格员或网格长，这一行的「村」却是石门村：两行的村要一样，多半是其中一行的「村」写错了`,
			},
		},
		{
			name: "unknown role",
			csv:  header + "张三,1,,,,,村民;队长\n",
			want: []string{`roster.csv 第 2 行「角色」："队长" 不是能用的角色，请写其中一个或几个（用 ; 或 、 分开）：村民、网格员、网格长、评分小组、超市管理员、镇干部、管理员；村里的其他职务（村长、组长、书记…）不用写，按他在网格里做的事写网格长或网格员`},
		},
		{
			name: "phone number in scientific notation, as Excel saves CSV",
			csv:  "姓名,手机号\n王芳,1.39E+10\n李四,1.39123E+10\n",
			want: []string{
				`roster.csv 第 2 行「手机号」："1.39E+10" 是 Excel 显示成科学计数法的号码，存成 CSV 时后几位已经丢了：请在 Excel 里把「手机号」这一列设成「文本」格式、重新填上号码，或者直接导入 .xlsx 文件`,
				`roster.csv 第 3 行「手机号」："1.39123E+10" 是 Excel 显示成科学计数法的号码，存成 CSV 时后几位已经丢了：请在 Excel 里把「手机号」这一列设成「文本」格式、重新填上号码，或者直接导入 .xlsx 文件`,
			},
		},
		{
			name: "mediator written as a role",
			csv:  header + "韩秀英,1,,,,,调解员\n",
			want: []string{`roster.csv 第 2 行「角色」："调解员" 不是能用的角色，请写其中一个或几个（用 ; 或 、 分开）：村民、网格员、网格长、评分小组、超市管理员、镇干部、管理员；调解员写在配置的 villages[].mediators 里，这里写村民（或他另有的角色）`},
		},

		{
			name: "empty name",
			csv:  header + ",1,13900000001\n",
			want: []string{`roster.csv 第 2 行「姓名」：姓名是空的：请填上姓名，或删掉这一行`},
		},
		{
			name: "value in a column without a header",
			csv:  "姓名,,手机号\n张三,x,13900000001,y\n",
			want: []string{
				`roster.csv 第 2 行「B 列」："x" 所在的这一列没有表头：请补上表头或删掉这一格`,
				`roster.csv 第 2 行「D 列」："y" 所在的这一列没有表头：请补上表头或删掉这一格`,
			},
		},
		{
			name: "a column like one the file lacks",
			csv:  "姓名,手机号码1\n张三,13900000001\n",
			want: []string{`roster.csv 第 1 行「手机号码1」：不认得这一列，像是「手机号」（表里没有这一列）：是的话请把表头改成「手机号」；不是的话请删掉这一列再导入（机器人用不上的列一般可以留着，不读就是了，可这一列太像「手机号」，怕是它写错了）`},
		},
		{
			name: "missing name column",
			csv:  "手机号\n13900000001\n",
			want: []string{`roster.csv 第 1 行「姓名」：缺少必填的「姓名」一列：请在表头加上「姓名」`},
		},
		{
			name: "duplicate column",
			csv:  "姓名,Name\n张三,张三\n",
			want: []string{`roster.csv 第 1 行「Name」：和「姓名」是同一列，出现了两次：请删掉一列`},
		},
		{
			name: "header and row errors in one run",
			csv:  "姓名,网隔,手机号,Phone\n张三,x,123,\n李四,,13900000001,\n",
			want: []string{
				`roster.csv 第 1 行「网隔」：` + likeColumn([]column{colGrid}),
				`roster.csv 第 1 行「Phone」：和「手机号」是同一列，出现了两次：请删掉一列`,
				`roster.csv 第 2 行「手机号」："123" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
			},
		},
		{
			name: "empty file",
			csv:  "\uFEFF\n,,\n",
			want: []string{`roster.csv：文件是空的：第一行应当是表头，至少有「姓名」一列`},
		},
		{
			name: "header only",
			csv:  header,
			want: []string{`roster.csv：表头下面一个人也没有：请把花名册填在表头下面`},
		},
		{
			name: "neither UTF-8 nor GBK",
			csv:  "\xd0\xd5\xc3\xfb\n\xff\xfe\xb7\xbc\n",
			want: []string{`roster.csv：文件不是 UTF-8 编码：请在 Excel 或 WPS 里另存为「CSV UTF-8」，或者直接用 .xlsx`},
		},
		{
			name:     "old xls format",
			filename: "花名册.XLS",
			csv:      "\xd0\xcf\x11\xe0",
			want:     []string{`花名册.XLS：不支持老的 .xls 格式：请在 Excel 或 WPS 里另存为 .xlsx，或者「CSV UTF-8」`},
		},
		{
			name:     "the config given as the register",
			filename: "my.yaml",
			csv:      "township:\n  name: 青山镇\n",
			want:     []string{`my.yaml：这是配置文件，不是花名册（要 .csv 或 .xlsx 表格）：配置文件写在 -config 后面，-import 后面写花名册，如 -config 我的配置.yaml -import 花名册.xlsx`},
		},
		{
			name:     "the config saved as .csv",
			filename: "花名册.csv",
			csv:      "# gridbot 配置文件\nbot_name: 网格小助手\n\ntownship:\n  # 镇名\n  name: 青山镇\nvillages:\n  - name: 青山村\n    grids:\n      - 三组\n",
			want:     []string{`花名册.csv：文件里是配置（YAML 格式的设置），不是花名册（要 .csv 或 .xlsx 表格）：配置文件写在 -config 后面，-import 后面写花名册，如 -config 我的配置.yaml -import 花名册.xlsx`},
		},
		{
			name:     "a document given as the register",
			filename: "名单.docx",
			csv:      "PK\x03\x04",
			want:     []string{`名单.docx：不是花名册（要 .csv 或 .xlsx 表格）：请在 Excel 或 WPS 里打开花名册，另存为 .xlsx 或「CSV UTF-8」，再用 -import 导入那个文件`},
		},
		{
			name: "rows counted as a spreadsheet shows them",
			csv:  "姓名,手机号\n王芳,13900000001\n\n\"李\n大爷\",123\n赵强,456\n",
			want: []string{
				`roster.csv 第 4 行「手机号」："123" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
				`roster.csv 第 5 行「手机号」："456" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
			},
		},
		{
			name: "errors sorted by row",
			csv:  header + "张三,1,,,,李四\n李四,2,123\n",
			want: []string{
				`roster.csv 第 2 行「责任网格员」："李四" 不是这份花名册里李家村的网格员或网格长：请写李家村一位网格员或网格长的姓名（他的「角色」里要有网格员或网格长）`,
				`roster.csv 第 3 行「手机号」："123" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			filename := tt.filename
			if filename == "" {
				filename = "roster.csv"
			}
			got, err := Parse(strings.NewReader(tt.csv), filename, home)
			if got != nil {
				t.Errorf("Parse() returned %d people along with the error", len(got))
			}
			if diff := cmp.Diff(errorLines(err), tt.want); diff != "" {
				t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

func TestParseErrorDetails(t *testing.T) {
	var b strings.Builder
	b.WriteString("姓名,手机号\n")
	for i := range 25 {
		fmt.Fprintf(&b, "张%d,123\n", i)
	}
	_, err := ParseCSV(strings.NewReader(b.String()), home)
	lines := errorLines(err)
	if diff := cmp.Diff(len(lines), maxErrors+1); diff != "" {
		t.Errorf("error count mismatch (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(lines[len(lines)-1], "还有 5 处错误没有列出，改好上面的再导入一次就能看到"); diff != "" {
		t.Errorf("last line mismatch (-got +want):\n%s", diff)
	}
	var re RowError
	if !errors.As(err, &re) {
		t.Fatalf("errors.As(%v, RowError) = false", err)
	}
	if diff := cmp.Diff(re, RowError{Row: 2, Column: "手机号", Msg: `"123" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`}); diff != "" {
		t.Errorf("first RowError mismatch (-got +want):\n%s", diff)
	}
}

// xlsx builds a workbook whose first sheet holds rows from A1; a second
// sheet holds an unknown column that must not be read.
func xlsx(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range rows {
		if row == nil {
			continue // leave an empty row
		}
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.NewSheet("备注"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetRow("备注", "A1", &[]any{"备注"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseXLSX(t *testing.T) {
	good := xlsx(t, [][]any{
		{"户号", "姓名", "手机号", "使用微信（是/否）", "关爱等级", "责任网格员", "角色", "村"},
		{12, " 王芳 ", 13900000001, "是", "", "", "网格员;评分小组"},
		nil,
		{12, "李大爷", "0871-1234567", false, "重点", "王芳", "", "李家村"},
	})
	want := []village.Person{
		{Name: "王芳", Village: home, Household: "12", Phone: "13900000001", UsesWeChat: true, Roles: []village.Role{village.RoleWorker, village.RoleScorer}},
		{Name: "李大爷", Village: home, Household: "12", Phone: "0871-1234567", Care: village.CareFocus, Caretaker: "王芳", Roles: villager},
	}
	bad := xlsx(t, [][]any{
		{"姓名", "Phone"},
		{"王芳", 13900000001},
		nil,
		{"李大爷", 1390000},
	})
	tests := []struct {
		name     string
		data     []byte
		filename string
		want     []village.Person
		wantErr  []string
	}{
		{name: "by file name", data: good, filename: "花名册.xlsx", want: want},
		{name: "by content", data: good, filename: "upload", want: want},
		{name: "row and column of an error", data: bad, filename: "roster.xlsx",
			wantErr: []string{`roster.xlsx 第 4 行「Phone」："1390000" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`}},
		{name: "header and row errors in one run", filename: "roster.xlsx",
			data: xlsx(t, [][]any{{"姓名", "微信号", "手机号"}, {"王芳", "wf1950", 1390000}}),
			wantErr: []string{
				`roster.xlsx 第 1 行「微信号」：` + likeColumn([]column{colNickname, colWeChat}),
				`roster.xlsx 第 2 行「手机号」："1390000" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
			}},
		{name: "broken workbook", data: good[:100], filename: "roster.xlsx",
			wantErr: []string{"roster.xlsx：打不开这个 Excel 文件，请确认是 .xlsx 并且没有损坏（zip: not a valid zip file）"}},
		{name: "a workbook named .xls", data: good, filename: "花名册.xls", want: want},
		{name: "a CSV named .xlsx", filename: "花名册.xlsx",
			data: []byte("户号,姓名,手机号,使用微信（是/否）,关爱等级,责任网格员,角色,村\n12, 王芳 ,13900000001,是,,,网格员;评分小组\n12,李大爷,0871-1234567,否,重点,王芳,,李家村\n"),
			want: want},
		{name: "an old .xls named .xlsx", data: []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), filename: "花名册.xlsx",
			wantErr: []string{"花名册.xlsx：其实是老的 .xls 格式（只是文件名写成了 .xlsx），读不了：请在 Excel 或 WPS 里打开它，另存为 .xlsx 或者「CSV UTF-8」"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(bytes.NewReader(tt.data), tt.filename, home)
			if diff := cmp.Diff(errorLines(err), tt.wantErr); diff != "" {
				t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	wang := village.Person{Name: "王芳", Village: home, Household: "1", Phone: "13900000001", UsesWeChat: true, Roles: worker}
	wangMoved := wang
	wangMoved.Grid = "二组"
	li := village.Person{Name: "李四", Village: home, Household: "2", UsesWeChat: true, Roles: villager}
	zhao := village.Person{Name: "赵强", Village: home, Household: "3", UsesWeChat: true, Roles: villager}
	zhaoNoRoles := zhao
	zhaoNoRoles.Roles = []village.Role{}
	zhaoLeader := zhao
	zhaoLeader.Roles = []village.Role{village.RoleVillager, village.RoleLeader}

	tests := []struct {
		name                    string
		old, updated            []village.Person
		want                    []village.Person
		added, changed, removed int
	}{
		{name: "first import", updated: []village.Person{wang, li}, want: []village.Person{wang, li}, added: 2},
		{name: "same file again", old: []village.Person{wang, li}, updated: []village.Person{wang, li}, want: []village.Person{wang, li}},
		{
			name:    "changed, added and removed in the new order",
			old:     []village.Person{wang, li},
			updated: []village.Person{zhao, wangMoved},
			want:    []village.Person{zhao, wangMoved},
			added:   1, changed: 1, removed: 1,
		},
		{name: "role change", old: []village.Person{zhao}, updated: []village.Person{zhaoLeader}, want: []village.Person{zhaoLeader}, changed: 1},
		{name: "nil and empty roles are the same", old: []village.Person{zhao}, updated: []village.Person{zhao}, want: []village.Person{zhao}},
		{name: "empty role list", old: []village.Person{zhaoNoRoles}, updated: []village.Person{zhaoNoRoles}, want: []village.Person{zhaoNoRoles}},
		{name: "later duplicate replaces in place", old: []village.Person{wang}, updated: []village.Person{wang, li, wangMoved}, want: []village.Person{wangMoved, li}, added: 1, changed: 1},
		{name: "everyone removed", old: []village.Person{wang, li}, removed: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, added, changed, removed := Merge(tt.old, tt.updated)
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Merge() people mismatch (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff([]int{added, changed, removed}, []int{tt.added, tt.changed, tt.removed}); diff != "" {
				t.Errorf("Merge() added, changed, removed mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

// directoryPeople is a small township: two villages and a township officer
// who belongs to none.
var directoryPeople = []village.Person{
	0: {Name: "王芳", Village: home, Household: "1", Grid: "一组", Nickname: "芳芳", Roles: worker},
	1: {Name: "赵强", Village: home, Household: "1", Nickname: "王芳", Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
	2: {Name: "王强", Village: home, Household: "2", Nickname: "小王", Roles: villager},
	3: {Name: "王刚", Village: home, Household: "3", Nickname: "小王", Roles: villager},
	4: {Name: "刘梅", Village: "石门村", Household: "1", Grid: "一组", Nickname: "Lily", Roles: worker},
	5: {Name: "陈书记", Nickname: "陈镇", Roles: []village.Role{village.RoleOfficer}},
	6: {Name: "张主任", Village: "石门村", Roles: []village.Role{village.RoleAdmin}},
}

func TestLookup(t *testing.T) {
	d := NewDirectory(directoryPeople)
	tests := []struct {
		name         string
		village, who string
		want         int // index into directoryPeople, when wantErr is nil
		wantErr      error
		wantMsg      string
	}{
		{name: "name", village: home, who: "王强", want: 2},
		{name: "name wins over nickname", village: home, who: "王芳", want: 0},
		{name: "nickname", village: home, who: "芳芳", want: 0},
		{name: "at-prefix and spaces", village: home, who: " @芳芳\u2005", want: 0},
		{name: "full-width at-prefix", village: home, who: "＠王刚", want: 3},
		{name: "nickname ignores case", village: "石门村", who: "@lily", want: 4},
		{name: "ambiguous nickname", village: home, who: "@小王", wantErr: ErrAmbiguous,
			wantMsg: `ambiguous person: "小王" in 李家村 could be 王强 (李家村, household "2") or 王刚 (李家村, household "3")`},
		{name: "person of another village", village: home, who: "刘梅", wantErr: ErrUnknown,
			wantMsg: `unknown person: no one called "刘梅" in 李家村 or among the township officers`},
		{name: "empty", village: home, who: " @ ", wantErr: ErrUnknown, wantMsg: "unknown person: the name is empty"},
		{name: "officer of no village", village: home, who: "陈书记", want: 5},
		{name: "officer by nickname", village: "石门村", who: "陈镇", want: 5},
		{name: "admin of another village", village: home, who: "张主任", want: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.Lookup(tt.village, tt.who)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Lookup() error = %v, want %v", err, tt.wantErr)
				}
				if diff := cmp.Diff(err.Error(), tt.wantMsg); diff != "" {
					t.Errorf("Lookup() error message mismatch (-got +want):\n%s", diff)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, directoryPeople[tt.want]); diff != "" {
				t.Errorf("Lookup() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

func TestDirectoryLists(t *testing.T) {
	d := NewDirectory(directoryPeople)
	pick := func(indexes ...int) []village.Person {
		var people []village.Person
		for _, i := range indexes {
			people = append(people, directoryPeople[i])
		}
		return people
	}
	tests := []struct {
		name string
		got  []village.Person
		want []village.Person
	}{
		{name: "worker of the grid", got: d.InGrid(home, "一组", village.RoleWorker), want: pick(0)},
		{name: "no worker for the grid", got: d.InGrid(home, "二组", village.RoleWorker)},
		{name: "village-wide leader", got: d.InGrid(home, "二组", village.RoleLeader), want: pick(1)},
		{name: "grid of another village", got: d.InGrid("石门村", "一组", village.RoleWorker), want: pick(4)},
		{name: "township officer covers every grid", got: d.InGrid("石门村", "三组", village.RoleOfficer), want: pick(5)},
		{name: "with role", got: d.WithRole(village.RoleVillager), want: pick(1, 2, 3)},
		{name: "household", got: d.Household(home, "1"), want: pick(0, 1)},
		{name: "same household number in another village", got: d.Household("石门村", "1"), want: pick(4)},
		{name: "unknown household", got: d.Household(home, "9")},
		{name: "all", got: d.All(), want: directoryPeople},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.got, tt.want); diff != "" {
				t.Errorf("mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

func TestDirectoryListsARoleGivenTwiceOnce(t *testing.T) {
	twice := []village.Role{village.RoleLeader, village.RoleVillager, village.RoleLeader}
	d := NewDirectory([]village.Person{{Name: "李四", Village: home, Grid: "一组", Roles: twice}})
	if got := d.InGrid(home, "一组", village.RoleLeader); len(got) != 1 {
		t.Errorf("InGrid = %v, want 李四 once", got)
	}
	if got := d.WithRole(village.RoleLeader); len(got) != 1 {
		t.Errorf("WithRole = %v, want 李四 once", got)
	}
}

func TestDirectoryIsReadOnly(t *testing.T) {
	people := []village.Person{{Name: "王芳", Village: home, Roles: []village.Role{village.RoleWorker}}}
	d := NewDirectory(people)
	people[0].Roles[0] = village.RoleAdmin
	d.All()[0].Roles[0] = village.RoleAdmin
	if diff := cmp.Diff(d.WithRole(village.RoleWorker), []village.Person{{Name: "王芳", Village: home, Roles: worker}}); diff != "" {
		t.Errorf("directory changed through a caller's slice (-got +want):\n%s", diff)
	}
}

func FuzzParseCSV(f *testing.F) {
	f.Add("户号,姓名,与户主关系,网格,微信昵称,手机号,使用微信,关爱等级,责任网格员,角色,村\n1,王芳,户主,一组,芳芳,13900000001,是,,,网格员,\n1,李大爷,父亲,一组,,0871-1234567,否,高,王芳,,\n")
	f.Add("\uFEFFName,Phone,WeChat(是/否),Roles\n张三,139,no,\"worker/队长\"\n")
	f.Add("姓名,,手机号\n\"李\n大爷\",x,\"\n")
	f.Add("")
	f.Add("\xff\xfe\xd3\x59\x0d\x54\x09\x00\x4b\x62\x3a\x67\x0a\x00") // 姓名\t手机 in UTF-16LE
	f.Add("花名册\n姓名\t手机号\n王芳\t+86 139 0000 0001\n")
	f.Add("序号,姓 名,职务,角色\n1,张  三,组长,\n2,,,\n")
	f.Add("姓名,联系方式,\n,手机号,微信昵称\n王芳,1.3912345678E+10,芳\n")
	f.Add("姓名,手机号,使用微信\n王芳,１３９０００００００１,否\n李大爷,０８７１－１２３４５６７,否\n张三,＋８６　１３９—００００–０００３,否\n")
	f.Add("姓名,所属组别,职务\n刘建国,1组,书记\n钱二,第二组,主任\n孙三,青山村三组,\n赵四,壹组,网格长\n")                                                          // ops93
	f.Add("姓名,身份证号,家庭住址,备注,手机号\n张三,110101195001011234,青山村三组12号,独居,110101195001011234\n李四,,,,13900000001,11010119500101123X\n") // ops96
	f.Add("姓名,家庭电话,微信号,网隔\n张三,1,2,3\n")                                                                                        // ops96
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, data string) {
		people, err := ParseCSV(strings.NewReader(data), home)
		// ops93: read against the config's grids, only a 网格 written
		// otherwise than the config's (1组) changes, to the config's
		placed, _, perr := ParseSheet(strings.NewReader(data), "x.csv", qingshan)
		if (err == nil) != (perr == nil) || err == nil && len(placed) != len(people) {
			t.Fatalf("against the grids: %d people, %v; without: %d, %v", len(placed), perr, len(people), err)
		}
		for i := range min(len(people), len(placed)) {
			if g := placed[i].Grid; g != people[i].Grid && g != "一组" && g != "二组" && g != "三组" {
				t.Fatalf("grid %q read as %q", people[i].Grid, g)
			}
		}
		if err != nil {
			if people != nil {
				t.Fatalf("ParseCSV() returned %d people and the error %v", len(people), err)
			}
			// ops96: a cell written as an ID number is never quoted
			for _, cell := range strings.FieldsFunc(data, func(r rune) bool { return strings.ContainsRune(",;\t\r\n\" ", r) }) {
				if idLike(cell) && strings.Contains(err.Error(), cell) {
					t.Fatalf("the ID-like cell %q is quoted: %v", cell, err)
				}
			}
			if joined, ok := err.(interface{ Unwrap() []error }); ok && len(joined.Unwrap()) > maxErrors+1 {
				t.Fatalf("ParseCSV() returned %d errors", len(joined.Unwrap()))
			}
			return
		}
		if len(people) == 0 {
			t.Fatal("ParseCSV() returned neither people nor an error")
		}
		for _, p := range people {
			if p.Name == "" || len(p.Roles) == 0 || (!p.UsesWeChat && p.Phone == "") || checkPhone(p.Phone, p.Phone, "手机号") != nil {
				t.Fatalf("ParseCSV() accepted an invalid person %+v", p)
			}
		}
	})
}

// FuzzYAMLLike: a text taken for YAML starts with a key, and one whose
// first line is a register's header, or a title row, never is.
func FuzzYAMLLike(f *testing.F) {
	f.Add("township:\n  name: 青山镇\nroster: a.csv\n")
	f.Add("# 配置\nbot_name: x\nvillages:\n  - name: 青山村\n")
	f.Add("name: 张三\nphone: 139\n")
	f.Add("姓名,手机号\n王芳,13900000001\n")
	f.Add("a:b\nc: d\n")
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, data string) {
		if yamlLike([]byte(data)) {
			first := ""
			for _, l := range strings.Split(data, "\n") {
				if tr := strings.TrimSpace(l); tr != "" && !strings.HasPrefix(tr, "#") {
					first = l
					break
				}
			}
			if !yamlKey(first) || strings.ContainsAny(first[:strings.IndexByte(first, ':')], ",\t;") {
				t.Fatalf("yamlLike(%q): its first line %q is no key", data, first)
			}
		}
		for _, head := range []string{"姓名,手机号\n", "name\tphone\n", "花名册\n"} {
			if yamlLike([]byte(head + data)) {
				t.Fatalf("yamlLike(%q) with a register's first line", head+data)
			}
		}
	})
}

// BenchmarkInGrid looks up a grid's leaders, as every report and every
// lifecycle command does, in a township of 3000 villagers with a leader
// and a worker per grid.
func BenchmarkInGrid(b *testing.B) {
	var people []village.Person
	for g := range 30 {
		grid := strconv.Itoa(g) + "组"
		people = append(people,
			village.Person{Name: "组长" + grid, Village: home, Grid: grid, Roles: []village.Role{village.RoleLeader}},
			village.Person{Name: "组员" + grid, Village: home, Grid: grid, Roles: []village.Role{village.RoleWorker}})
		for i := range 100 {
			people = append(people, village.Person{Name: grid + strconv.Itoa(i), Village: home, Grid: grid, Roles: villager})
		}
	}
	d := NewDirectory(people)
	b.ReportAllocs()
	for b.Loop() {
		if got := d.InGrid(home, "7组", village.RoleLeader); len(got) != 1 {
			b.Fatalf("leaders of 7组 = %v", got)
		}
	}
}

// TestParseAsSavedByExcel: registers as Excel and WPS on Chinese Windows
// save them are read: "CSV" in GBK, a title row (merged across the
// columns) above the header, and a workbook whose first sheet is the
// filling-in instructions.
func TestParseAsSavedByExcel(t *testing.T) {
	want := []village.Person{{Name: "王芳", Village: home, Phone: "13900000001", UsesWeChat: true, Roles: villager}}
	titled := func(t *testing.T, instructions bool) []byte {
		f := excelize.NewFile()
		defer f.Close()
		sheet := "Sheet1"
		if instructions {
			if err := f.SetSheetRow(sheet, "A1", &[]any{"填表说明：每人一行，手机号写 11 位"}); err != nil {
				t.Fatal(err)
			}
			sheet = "花名册"
			if _, err := f.NewSheet(sheet); err != nil {
				t.Fatal(err)
			}
		}
		for cell, row := range map[string][]any{"A1": {"青山村花名册（2026 年）"}, "A2": {"填表日期：2026-03-01"}, "A3": {"姓名", "手机号"}, "A4": {"王芳", "13900000001"}} {
			if err := f.SetSheetRow(sheet, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.MergeCell(sheet, "A1", "B1"); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for _, tc := range []struct {
		name, filename string
		data           []byte
	}{
		{"GBK CSV", "roster.csv", []byte("\xd0\xd5\xc3\xfb,\xca\xd6\xbb\xfa\xba\xc5\n\xcd\xf5\xb7\xbc,13900000001\n")}, // 姓名,手机号 / 王芳 in GBK
		{"CSV with a title row", "roster.csv", []byte("青山村花名册,\n,\n姓名,手机号\n王芳,13900000001\n")},
		{"header spaced out", "roster.csv", []byte("姓\u3000名,手 机 号\n王芳,13900000001\n")},
		{"workbook with a title row", "roster.xlsx", titled(t, false)},
		{"workbook with an instructions sheet first", "roster.xlsx", titled(t, true)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(bytes.NewReader(tc.data), tc.filename, home)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

// TestParseOtherTextExports: a register saved by Excel as "Unicode 文本"
// (UTF-16, tab-separated), exported tab-separated from WPS, or saved as CSV
// with semicolons reads like a CSV; a comma inside a cell of a
// tab-separated file is part of the cell.
func TestParseOtherTextExports(t *testing.T) {
	utf16 := func(s string) []byte {
		out := []byte{0xff, 0xfe}
		for _, r := range s {
			out = append(out, byte(r), byte(r>>8))
		}
		return out
	}
	want := []village.Person{{Name: "王芳", Village: home, Relation: "户主,党员", Phone: "13900000001", UsesWeChat: true, Roles: villager}}
	for name, data := range map[string][]byte{
		"Excel Unicode text":  utf16("姓名\t与户主关系\t手机号\r\n王芳\t户主,党员\t13900000001\r\n"),
		"tab-separated UTF-8": []byte("花名册\n姓名\t与户主关系\t手机号\n王芳\t户主,党员\t13900000001\n"),
		"semicolons":          []byte("姓名;与户主关系;手机号\n王芳;\"户主,党员\";13900000001\n"),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Parse(bytes.NewReader(data), "roster.csv", home)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

// TestParsePhoneAsWritten: a mobile number written in groups or with the
// country code is kept as its 11 digits; a landline keeps its hyphen.
func TestParsePhoneAsWritten(t *testing.T) {
	for in, want := range map[string]string{
		"137-1234-0007":     "13712340007",
		"137 1234 0007":     "13712340007",
		"+86 137 1234 0007": "13712340007",
		"8613712340007":     "13712340007",
		"0871-1234567":      "0871-1234567",
	} {
		got, err := Parse(strings.NewReader("姓名,手机号\n王芳,"+want[:0]+in+"\n"), "roster.csv", home)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if got[0].Phone != want {
			t.Errorf("%q read as %q, want %q", in, got[0].Phone, want)
		}
	}
}

// TestParseYesNoAsFormsWriteIt: 使用微信 ticked or crossed, as paper forms
// and their spreadsheets do, reads as 是 and 否.
func TestParseYesNoAsFormsWriteIt(t *testing.T) {
	for in, want := range map[string]bool{"√": true, "✓": true, "有": true, "用": true, "×": false, "✗": false, "无": false, "不用": false, "没有": false} {
		got, err := parseYesNo(in)
		if err != nil || got != want {
			t.Errorf("parseYesNo(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

// TestLookupByNameLooksNoFurther: a person found by name in the village,
// as nearly every sender is, is returned without the township's officers
// being searched by name and nickname as well (here one of them would
// match both, and the search would make a list of him); what is left is
// the copy of the person's roles.
func TestLookupByNameLooksNoFurther(t *testing.T) {
	d := NewDirectory([]village.Person{
		{Name: "王强", Village: home, Household: "2", Roles: villager},
		{Name: "王强", Nickname: "王强", Roles: []village.Role{village.RoleOfficer}},
	})
	allocs := testing.AllocsPerRun(100, func() {
		if p, err := d.Lookup(home, "王强"); err != nil || p.Village != home {
			t.Fatalf("Lookup(王强) = %v, %v, want the villager", p, err)
		}
	})
	if allocs > 1 {
		t.Errorf("Lookup by name made %v allocations, want at most 1 (the roles)", allocs)
	}
}

// BenchmarkLookup looks up a sender by name, as every message does.
func BenchmarkLookup(b *testing.B) {
	d := NewDirectory(directoryPeople)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Lookup(home, "王强"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFindColumnAliases: the headers village forms write for a column
// ("所属网格", "联系电话", "姓 名") are that column; an unknown one is none.
func TestFindColumnAliases(t *testing.T) {
	tests := []struct {
		header string
		want   column
		ok     bool
	}{
		{"姓 名", colName, true},
		{"姓　名", colName, true},
		{"所属网格", colGrid, true},
		{"所在网格", colGrid, true},
		{"网格名称", colGrid, true},
		{" 所属网格（必填）", colGrid, true},
		{"联系电话", colPhone, true},
		{"联系方式", colPhone, true},
		{"所在组", colGrid, true},
		{"村民小组", colGrid, true},
		{"身份证号", 0, false},
		{"手机号码", colPhone, true},
		{"是否使用微信(是/否)", colWeChat, true},
		{"所属村", colVillage, true},
		{"备注", 0, false},
		{"网格长", 0, false},
	}
	for _, tt := range tests {
		got, ok := findColumn(tt.header)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("findColumn(%q) = %d, %v; want %d, %v", tt.header, got, ok, tt.want, tt.ok)
		}
	}
}

// TestParseAliasHeaders: a register written with other usual headers
// reads as one with the usual ones; an alias beside its column is the
// same column twice, and an unknown header is still named.
func TestParseAliasHeaders(t *testing.T) {
	got, err := ParseCSV(strings.NewReader("姓 名,所属网格,联系电话,是否使用微信\n张三,三组,13900000001,否\n"), home)
	if err != nil {
		t.Fatal(err)
	}
	want := []village.Person{{Name: "张三", Village: home, Grid: "三组", Phone: "13900000001", Roles: villager}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, c := range []struct{ csv, want string }{
		{"姓名,网格,所属网格\n张三,三组,三组\n", "「所属网格」：和「网格」是同一列"},
		{"姓名,所属小区\n张三,x\n", "「所属小区」：不认得这一列"},
	} {
		_, err := ParseCSV(strings.NewReader(c.csv), home)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.csv, err, c.want)
		}
	}
}

// TestParseLineEndings: a register whose lines end in LF, CRLF (Windows)
// or a bare CR (old Mac software, Excel's "CSV (Macintosh)"), with or
// without a BOM, reads the same, and an error still names the row as the
// spreadsheet shows it (a blank line is a row, a cell broken over two
// lines is not) and the column.
func TestParseLineEndings(t *testing.T) {
	want := []village.Person{
		{Name: "王芳", Village: home, Relation: "户主\n党员", Phone: "13900000001", UsesWeChat: true, Roles: villager},
		{Name: "李明", Village: home, Phone: "13900000002", UsesWeChat: true, Roles: villager},
	}
	good := "姓名,与户主关系,手机号\n王芳,\"户主\n党员\",13900000001\n\n李明,,13900000002\n"
	bad := "姓名,与户主关系,手机号\n王芳,\"户主\n党员\",13900000001\n\n李明,,123\n"
	for name, eol := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		for _, bom := range []string{"", "\uFEFF"} {
			t.Run(fmt.Sprintf("%s BOM %v", name, bom != ""), func(t *testing.T) {
				got, err := Parse(strings.NewReader(bom+strings.ReplaceAll(good, "\n", eol)), "roster.csv", home)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
				}
				_, err = Parse(strings.NewReader(bom+strings.ReplaceAll(bad, "\n", eol)), "roster.csv", home)
				var re RowError
				if !errors.As(err, &re) || re.Row != 4 || re.Column != "手机号" {
					t.Errorf("Parse(bad phone) = %v, want an error at row 4, column 手机号", err)
				}
			})
		}
	}
}

// TestParseXLSXMergedDown: a family's 户号 and 网格 (and a village's 村)
// merged down over its rows, as registers kept in Excel often are, belong
// to every row of the merge, not only to the top one; a title merged
// across the columns is still only a title.
func TestParseXLSXMergedDown(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for cell, row := range map[string][]any{
		"A1": {"青山村花名册"},
		"A2": {"户号", "姓名", "与户主关系", "网格", "村"},
		"A3": {"QS-1", "刘建国", "户主", "一组", "青山村"},
		"A4": {nil, "陈桂兰", "配偶"},
		"A5": {nil, "刘洋", "子女"},
		"A6": {"QS-2", "马红梅", "户主", "二组"},
	} {
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range [][2]string{{"A1", "E1"}, {"A3", "A5"}, {"D3", "D5"}, {"E3", "E6"}} {
		if err := f.MergeCell("Sheet1", r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Parse(&buf, "花名册.xlsx", home)
	if err != nil {
		t.Fatal(err)
	}
	want := []village.Person{
		{Name: "刘建国", Village: "青山村", Household: "QS-1", Relation: "户主", Grid: "一组", UsesWeChat: true, Roles: villager},
		{Name: "陈桂兰", Village: "青山村", Household: "QS-1", Relation: "配偶", Grid: "一组", UsesWeChat: true, Roles: villager},
		{Name: "刘洋", Village: "青山村", Household: "QS-1", Relation: "子女", Grid: "一组", UsesWeChat: true, Roles: villager},
		{Name: "马红梅", Village: "青山村", Household: "QS-2", Relation: "户主", Grid: "二组", UsesWeChat: true, Roles: villager},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("Parse() mismatch (-got +want):\n%s", diff)
	}
}

// TestLeaderAsCaretaker: a 网格长 may be an elder's 责任网格员.
func TestLeaderAsCaretaker(t *testing.T) {
	people, err := ParseCSV(strings.NewReader("姓名,户号,手机号,使用微信,关爱等级,责任网格员,角色\n李四,1,13900000004,是,,,村民;网格长\n王奶奶,2,13900000005,否,高,李四,村民\n"), "李家村")
	if err != nil {
		t.Fatalf("a 网格长 as 责任网格员 refused: %v", err)
	}
	if !people[1].CaredBy(people[0]) {
		t.Errorf("王奶奶 is not cared for by her 网格长 李四")
	}
}

// TestFullWidthPhones: numbers typed with a Chinese input method
// (full-width digits and hyphens) are read as config.DepartmentPhone reads
// them; a wrong one still names its row and column, and quotes it as typed.
func TestFullWidthPhones(t *testing.T) {
	const header = "姓名,户号,手机号,使用微信\n"
	people, err := ParseCSV(strings.NewReader(header+"王芳,1,１３９０００００００１,是\n李大爷,1,０８７１－１２３４５６７,否\n张三,2,＋86　１３９－００００－０００３,否\n"), home)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range people {
		got = append(got, p.Phone)
	}
	if diff := cmp.Diff(got, []string{"13900000001", "0871-1234567", "13900000003"}); diff != "" {
		t.Errorf("phones (-got +want):\n%s", diff)
	}
	// The error quotes the number as typed: the volunteer searches his
	// sheet for what he wrote, not for its ASCII.
	_, err = ParseCSV(strings.NewReader(header+"王芳,1,１３９００００\n李大爷,1,０８７１－１２３－４５６７,否\n"), home)
	if diff := cmp.Diff(errorLines(err), []string{
		`第 2 行「手机号」："１３９００００" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）`,
		`第 3 行「手机号」："０８７１－１２３－４５６７" 不是座机号码，请写成 0871-1234567 这样：区号、一个短横、号码`,
	}); diff != "" {
		t.Errorf("error (-got +want):\n%s", diff)
	}
}
