package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gridbot/storage/storagetest"
)

// TestRosterImportChecksAgainstTheConfig: a register that parses is still
// checked against the config, as the bot does at start: a 网格 the config
// lacks, a grid without a 网格长 and a column the current roster fills in
// that the new register leaves out are pointed out, so are the people it
// deletes (and that it deletes most of the roster) and namesakes, a missing mediator
// (the bot would not start) refuses the import; an XLSX register's broken
// row is named by row and column, in Chinese.
func TestRosterImportChecksAgainstTheConfig(t *testing.T) {
	dir, cfg, orig := rosterSetup(t, "rostercheck")
	lines := strings.Split(strings.TrimSpace(string(orig)), "\n")
	without := func(prefix string) string {
		var keep []string
		for _, l := range lines {
			if !strings.HasPrefix(l, prefix) {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n") + "\n"
	}
	only := func(header, part string) string {
		var keep []string
		for _, l := range lines {
			if strings.HasPrefix(l, header) || strings.Contains(l, part) {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n") + "\n"
	}
	for _, tc := range []struct {
		name, file, content string
		want                string // in the output, or in the error's terminal text when fails
		fails               bool
		without             string // not in it
	}{
		{"typo in 网格", "grid.csv", string(orig) + "赵大,QS-401,户主,三祖,,13900000401,是,,,村民\n",
			"注意：有 1 人的村或网格在配置里没有（常见是错字）：\n  grid.csv 第 97 行「网格」写的是「三祖」（赵大）：是不是「三组」？\n  请把这些格改成", false, ""},
		// 四组 is one character off each of 一组, 二组 and 三组: no guess.
		{"a grid the config lacks", "grid4.csv", string(orig) + "赵大,QS-401,户主,四组,,13900000401,是,,,村民\n",
			"grid4.csv 第 97 行「网格」写的是「四组」（赵大）：青山村的网格只有 一组、二组、三组", false, ""},
		{"no grid leader", "leader.csv", strings.Replace(string(orig), "青山李四,13900000004,是,,,村民;网格长", "青山李四,13900000004,是,,,村民", 1),
			"注意：青山村三组 没有网格长", false, ""},
		{"no 网格 column", "nogrid.csv", dropColumn(t, string(orig), "网格"),
			"注意：现在的花名册里有 93 人写了「网格」，新花名册里一个也没有（nogrid.csv的表头（第 1 行）没有「网格」这一列）：是不是少了这一列", false, ""},
		{"no 使用微信 column", "nowechat.csv", dropColumn(t, string(orig), "使用微信"),
			"注意：现在的花名册里有 10 人「使用微信」是否，新花名册里一个也没有", false, ""},
		{"namesakes", "same.csv", string(orig) + "陈二,QS-399,户主,三组,,13900000399,是,,,评分小组\n",
			"同村重名的：陈二（青山村 QS-302 第 65 行、QS-399 第 97 行）。群里他们要各发一次「我是 姓名 户号」", false, ""},
		{"household without a head", "headless.csv", string(orig) + "赵大,QS-401,子女,三组,,13900000401,是,,,村民\n",
			"注意：有 1 户没有户主（「与户主关系」没有一个人写“户主”）：\n  headless.csv 第 97 行「与户主关系」：青山村 QS-401 这一户（赵大）没有人写“户主”", false, ""},
		{"household with two heads", "twoheads.csv", string(orig) + "赵大,QS-301,户主,三组,,13900000401,是,,,村民\n",
			"注意：有 1 户写了不止一个户主：\n  twoheads.csv 第 62、97 行「与户主关系」：青山村 QS-301 这一户 张三、赵大 都写了“户主”", false, ""},
		{"one person changed", "changed.csv", strings.Replace(string(orig), "青山李四,13900000004,是", "青山李四,139 0000 0044,是", 1),
			"要修改的 1 人：李四·QS-303（第 69 行：手机号）。请看一眼是不是都该改", false, ""},
		{"one person gone", "gone.csv", without("陈二,"),
			"要删除的 1 人：陈二·QS-302。不该删的，请把他们加回新表", false, ""},
		{"one grid only", "part.csv", only("姓名,", ",三组,"),
			"注意：新花名册会删掉现在花名册里 95 人中的 62 人：是不是只是一部分", false, ""},
		// the line is the config file's, named as such, not the roster's
		{"mediator gone", "mediator.csv", without("郑十,"), "config.yaml 第 78 行：villages[0].mediators（青山村）里的「郑十」在花名册里找不到：" +
			"请照花名册「姓名」一列改配置里的名字（重名的写 姓名·户号），或者先把这个人加进花名册；不要的调解员，把那一行删掉\n照这份新表导入，机器人会启动不了。\n" +
			"花名册没有导入，现在的花名册没有改动。改好上面说的，再运行一次：go run . roster -config ", true, "config: "},
		{"xlsx with a broken row", "新花名册.xlsx", string(orig) + "赵大,QS-401,户主,三组,,1390000,否,高,,村民\n",
			"新花名册.xlsx 第 97 行「手机号」：\"1390000\" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）\n" +
				"花名册没有导入，现在的花名册没有改动。改好上面说的，再运行一次：go run . roster -config ", true, ""},
		// the rows that read are checked against the config in the same
		// run (ops75): the grid was told only once the phone was fixed
		{"a broken row and a grid the config lacks", "both.csv", string(orig) + "赵大,QS-401,户主,四组,,13900000401,是,,,村民\n钱二,QS-402,户主,三组,,1390000,是,,,村民\n",
			"both.csv 第 98 行「手机号」：\"1390000\" 不是 11 位手机号，请写 11 位手机号（如 13912345678）或带区号的座机（如 0871-1234567）\n" +
				"注意：有 1 人的村或网格在配置里没有（常见是错字）：\n  both.csv 第 97 行「网格」写的是「四组」（赵大）：青山村的网格只有 一组、二组、三组", true, ""},
		// a name to correct, not the same command to run again
		{"no such file", "", "", "打不开", true, "再运行一次"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "missing.csv")
			if tc.file != "" {
				path = filepath.Join(dir, tc.file)
				writeRegister(t, path, tc.content)
			}
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"roster", "-config", cfg, "-import", path}, nil, &stdout, &stderr, discard())
			got := wantSaid(t, "import", err, stdout.String(), tc.fails, tc.want)
			if tc.without != "" && strings.Contains(got, tc.without) {
				t.Errorf("import says\n%s\nwant no %q", got, tc.without)
			}
		})
	}
}

// TestRosterNotesNameRowAndColumn: every problem roster -import points
// out in a register that parses names the file, the row and the column
// as the volunteer wrote its header (所属网格, not 网格), says what is
// wrong there and how to fix it, in CSV and XLSX alike: a 网格 the
// config lacks, a 网格 left empty, a villager of no 户号, a household
// of no 户主 and one of two.
func TestRosterNotesNameRowAndColumn(t *testing.T) {
	for _, ext := range []string{".csv", ".xlsx"} {
		t.Run(ext, func(t *testing.T) {
			dir, cfg, orig := rosterSetup(t, "rosterrows")
			base := strings.Replace(string(orig), "姓名,户号,与户主关系,网格,", "姓名,户号,与户主关系,所属网格,", 1)
			for _, tc := range []struct {
				name, add string
				want      []string
			}{
				{"typo in 网格", "赵大,QS-401,户主,三祖,,13900000401,是,,,村民\n",
					[]string{"第 97 行「所属网格」写的是「三祖」（赵大）", "是不是「三组」？"}},
				{"grid the config lacks", "赵大,QS-401,户主,四组,,13900000401,是,,,村民\n钱二,QS-401,子女,四组,,13900000402,是,,,村民\n",
					[]string{"第 97–98 行「所属网格」写的是「四组」（赵大、钱二）", "青山村的网格只有 一组、二组、三组", "villages[].grids"}},
				{"grid left empty", "赵大,QS-401,户主,,,13900000401,是,,,村民\n",
					[]string{"第 97 行「所属网格」是空的（赵大）", "请给他们填上网格"}},
				{"no household", "赵大,,,三组,,13900000401,是,,,村民\n",
					[]string{"第 97 行「户号」是空的（赵大）", "同一户填同一个户号"}},
				{"household without a head", "赵大,QS-401,子女,三组,,13900000401,是,,,村民\n",
					[]string{"第 97 行「与户主关系」：青山村 QS-401 这一户（赵大）没有人写“户主”"}},
				{"household with two heads", "赵大,QS-301,户主,三组,,13900000401,是,,,村民\n",
					[]string{"第 62、97 行「与户主关系」：青山村 QS-301 这一户 张三、赵大 都写了“户主”", "请把别人改成配偶"}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					file := strings.ReplaceAll(tc.name, " ", "_") + ext
					path := filepath.Join(dir, file)
					writeRegister(t, path, base+tc.add)
					var stdout, stderr bytes.Buffer
					if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", path}, nil, &stdout, &stderr, discard()); err != nil {
						t.Fatalf("import: %v", err)
					}
					got := stdout.String()
					for _, want := range append(tc.want, file+" 第 ") {
						if !strings.Contains(got, want) {
							t.Errorf("import says\n%s\nwant %q", got, want)
						}
					}
				})
			}
		})
	}
}

// dropColumn returns the CSV text without the column headed name.
func dropColumn(t *testing.T, content, name string) string {
	t.Helper()
	rows := storagetest.Must(csv.NewReader(strings.NewReader(content)).ReadAll())(t)
	i := slices.Index(rows[0], name)
	if i < 0 {
		t.Fatalf("no column %s in %q", name, rows[0])
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	for _, r := range rows {
		if err := w.Write(slices.Delete(r, i, i+1)); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return b.String()
}

// rosterSetup writes the example config (keys under prefix) and its
// roster to a temporary folder and returns the folder, the config's path
// and the roster's content.
func rosterSetup(t *testing.T, prefix string) (dir, cfg string, roster []byte) {
	t.Helper()
	dir = t.TempDir()
	cfg = filepath.Join(dir, "config.yaml")
	writeConfigWithPrefix(t, cfg, prefix)
	return dir, cfg, storagetest.Must(os.ReadFile("example/roster.csv"))(t)
}

// writeRegister writes CSV text to path, as a workbook when path ends in .xlsx.
func writeRegister(t *testing.T, path, content string) {
	t.Helper()
	if !strings.HasSuffix(path, ".xlsx") {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	cr := csv.NewReader(strings.NewReader(content))
	cr.FieldsPerRecord = -1 // rows appended without the last, optional 性别
	rows := storagetest.Must(cr.ReadAll())(t)
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell := storagetest.Must(excelize.CoordinatesToCellName(1, i+1))(t)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestRosterWriteKeepsAnXLSXRoster: when the config's roster is a .xlsx
// workbook, roster -write replaces it by a workbook the bot still reads
// (it wrote CSV text under the .xlsx name, and the bot then refused to
// start), and the old workbook is kept as .bak; the CSV text such a -write
// left is read as CSV, and a broken workbook says how to get out.
func TestRosterWriteKeepsAnXLSXRoster(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rosterxlsx")
	writeRegister(t, filepath.Join(dir, "花名册.xlsx"), string(orig))
	updated := filepath.Join(dir, "新花名册.csv")
	writeRegister(t, updated, string(orig)+"赵大,QS-401,户主,三组,,13900000401,是,,,村民\n")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", updated, "-write"}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("roster -write: %v", err)
	}
	stdout.Reset()
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", updated}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("the written 花名册.xlsx does not load: %v", err)
	}
	if want := "新增 0，修改 0，删除 0"; !strings.Contains(stdout.String(), want) {
		t.Errorf("re-import after -write says\n%s\nwant %q", stdout.String(), want)
	}
	if _, err := os.Stat(filepath.Join(dir, "花名册.xlsx.bak")); err != nil {
		t.Errorf("no backup: %v", err)
	}
	// CSV text under the .xlsx name, as the old -write left it, is read
	// as CSV, and -write makes it a workbook again.
	book := filepath.Join(dir, "花名册.xlsx")
	if err := os.WriteFile(book, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", updated, "-write"}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("import over CSV text named .xlsx: %v", err)
	}
	written, err := os.ReadFile(book)
	if err != nil || !bytes.HasPrefix(written, []byte("PK")) {
		t.Fatalf("-write over CSV text named .xlsx wrote no workbook (read: %v)", err)
	}
	// A broken workbook says how to get out.
	if err := os.WriteFile(book, written[:100], 0o644); err != nil {
		t.Fatal(err)
	}
	err = run(context.Background(), []string{"roster", "-config", cfg, "-import", updated, "-write"}, nil, &stdout, &stderr, discard())
	// The file where it is: gridbot runs here, the config is elsewhere.
	if want := "或者把它改个名字挪开（如 mv " + book + " " + book + ".坏），再导入一次"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("import over a broken roster: err = %v, want %q", err, want)
	}
}

// TestRosterFirstImport: a config whose roster file is not there yet (a
// new deployment) takes its first register through roster -import instead
// of refusing because the old one cannot be opened.
func TestRosterFirstImport(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rosterfirst")
	register := filepath.Join(dir, "村里给的.xlsx")
	writeRegister(t, register, string(orig))
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", register, "-write"}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("first import: %v", err)
	}
	// nothing runs yet to restart: the next step is check
	for _, want := range []string{"新增 95，修改 0，删除 0", "这是第一次导入", "。下一步：运行 go run . check -config " + cfg + "，检查配置、花名册和 Redis"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("first import says\n%s\nwant %q", stdout.String(), want)
		}
	}
	if strings.Contains(stdout.String(), "重启机器人") {
		t.Errorf("first import says to restart a bot that never ran:\n%s", stdout.String())
	}
	if strings.Contains(stdout.String(), "注意") {
		t.Errorf("first import of the example register has notes:\n%s", stdout.String())
	}
	stdout.Reset()
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", register}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("the written roster does not load: %v", err)
	}
	// ops96: the same file again changes nobody, and says -write is not needed
	for _, want := range []string{"新增 0，修改 0，删除 0", "新表和现在的花名册一样，没有要改的，不用加 -write。"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("second import says\n%s\nwant %q", stdout.String(), want)
		}
	}
	if strings.Contains(stdout.String(), "-write 替换花名册") {
		t.Errorf("second import of the same file asks for -write:\n%s", stdout.String())
	}
}

// TestRosterFirstImportWithoutGrids: the first register of a village of
// several grids that lacks its 网格 column (nothing to compare it with)
// is not "检查通过": the people of no grid are pointed out.
func TestRosterFirstImportWithoutGrids(t *testing.T) {
	got := firstImportWithout(t, "网格")
	for _, want := range []string{"花名册可以导入，但有 1 处要看一下", "注意：有 85 人没填网格，可他们的村有几个网格：\n  村里给的.csv的表头（第 1 行）没有「网格」这一列（陈桂兰、", "请给他们填上网格"} {
		if !strings.Contains(got, want) {
			t.Errorf("import says\n%s\nwant %q", got, want)
		}
	}
}

// TestRosterFirstImportWithoutHouseholds: the first register that lacks
// its 户号 column parses (only 姓名 is required), but no villager could
// then claim or ask points ("名单里没有找到您家的户号"): the villagers of
// no household are pointed out, not "检查通过". The 镇干部 and 管理员
// of no household are not.
func TestRosterFirstImportWithoutHouseholds(t *testing.T) {
	got := firstImportWithout(t, "户号")
	for _, want := range []string{"花名册可以导入，但有 1 处要看一下", "注意：有 93 位村民没填户号：\n  村里给的.csv的表头（第 1 行）没有「户号」这一列（刘建国、", "积分按户算", "同一户填同一个户号"} {
		if !strings.Contains(got, want) {
			t.Errorf("import says\n%s\nwant %q", got, want)
		}
	}
	for _, cadre := range []string{"孙七", "吴九"} {
		if strings.Contains(got, cadre) {
			t.Errorf("import lists %s, a cadre of no household:\n%s", cadre, got)
		}
	}
}

// firstImportWithout is what roster -import says of the example register
// without its column, as the first register of a config that has none.
func firstImportWithout(t *testing.T, column string) string {
	t.Helper()
	dir, cfg, orig := xlsxRosterSetup(t, "rosterwithout")
	register := filepath.Join(dir, "村里给的.csv")
	writeRegister(t, register, dropColumn(t, string(orig), column))
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", register}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("import: %v", err)
	}
	return stdout.String()
}

// xlsxRosterSetup is rosterSetup with the config's roster at 花名册.xlsx,
// which is not written.
func xlsxRosterSetup(t *testing.T, prefix string) (dir, cfg string, roster []byte) {
	t.Helper()
	dir, cfg, roster = rosterSetup(t, prefix)
	b := storagetest.Must(os.ReadFile(cfg))(t)
	if err := os.WriteFile(cfg, []byte(strings.Replace(string(b), "\nroster: example/roster.csv", "\nroster: 花名册.xlsx", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, cfg, roster
}

// TestRosterImportLeavesTheExampleAlone: a config copied in the source
// folder that still names example/roster.csv would have the village's
// register written over the example township's; the import is refused,
// saying which line to change, and the example is left as it was.
func TestRosterImportLeavesTheExampleAlone(t *testing.T) {
	dir, cfg, orig := rosterSetup(t, "rosterexample")
	example, err := os.ReadFile("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.example.yaml"), example, 0o644); err != nil {
		t.Fatal(err)
	}
	register := filepath.Join(dir, "村里的表.csv")
	writeRegister(t, register, "姓名,网格,角色\n赵大,一组,网格长\n")
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"roster", "-config", cfg, "-import", register, "-write"}, nil, &stdout, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "行写的 roster: 还是示例镇的 example/roster.csv") || !strings.Contains(err.Error(), "roster: 花名册.xlsx") {
		t.Errorf("import into the example: %v\n%s", err, stdout.String())
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "example", "roster.csv")); !bytes.Equal(now, orig) {
		t.Error("the example register was written over")
	}
}

// TestRosterWriteIntoAMissingFolder: a config copied out of the source
// folder that still names example/roster.csv has no example folder next to
// it; -write says the folder is missing and the two ways out (make it, or
// name a file beside the config), not to look at the folder's permissions.
// An -import file that is not there is told apart the same way: a missing
// folder, or a folder without that file; a folder is no register.
func TestRosterWriteIntoAMissingFolder(t *testing.T) {
	dir, cfg, orig := rosterSetup(t, "rostermissing")
	folder := filepath.Join(dir, "example")
	if err := os.RemoveAll(folder); err != nil {
		t.Fatal(err)
	}
	register := filepath.Join(dir, "村里给的.csv")
	writeRegister(t, register, string(orig))
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"roster", "-config", cfg, "-import", register, "-write"}, nil, &stdout, &stderr, discard())
	for _, want := range []string{"文件夹 " + folder + " 不存在", "mkdir -p " + folder, "roster: 花名册.xlsx"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("-write into a missing folder: %v\nwant %q", err, want)
		}
	}
	if err != nil && strings.Contains(err.Error(), "权限") {
		t.Errorf("-write into a missing folder blames the permissions: %v", err)
	}
	if _, err := os.Stat(folder); err == nil {
		t.Errorf("the failed write made %s", folder)
	}

	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "没有的文件夹", "表.csv"), "文件夹 " + filepath.Join(dir, "没有的文件夹") + " 不存在"},
		{filepath.Join(dir, "村里给的.xlsx"), "文件夹 " + dir + " 里没有 村里给的.xlsx"},
		// a folder: it was "出了意外的错误"
		{dir, dir + " 是一个文件夹，不是花名册：-import 后面请写花名册文件，如 -import " + filepath.Join(dir, "花名册.xlsx")},
	} {
		err := run(context.Background(), []string{"roster", "-config", cfg, "-import", tt.path}, nil, &stdout, &stderr, discard())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("-import %s: %v\nwant %q", tt.path, err, tt.want)
		}
	}
}

// TestRosterWriteWithNotesSaysWhatIsLeft: -write writes a register with
// notes (a 网格 the config lacks), and then says the notes still want
// fixing and importing again, not only to restart the bot; one without
// notes says to restart.
func TestRosterWriteWithNotesSaysWhatIsLeft(t *testing.T) {
	dir, cfg, orig := rosterSetup(t, "rosternotes")
	for _, tc := range []struct{ name, content, want string }{
		{"typo in 网格", string(orig) + "赵大,QS-401,户主,三祖,,13900000401,是,,,村民\n", ".bak）。上面「注意」说的，改好新表后再导入一次；重启机器人后生效。"},
		{"fixed", string(orig) + "赵大,QS-401,户主,三组,,13900000401,是,,,村民\n", ".bak）。重启机器人后生效。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "new.csv")
			writeRegister(t, path, tc.content)
			var stdout, stderr bytes.Buffer
			if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", path, "-write"}, nil, &stdout, &stderr, discard()); err != nil {
				t.Fatalf("import: %v", err)
			}
			if !strings.Contains(stdout.String(), tc.want) {
				t.Errorf("import says\n%s\nwant %q", stdout.String(), tc.want)
			}
		})
	}
}
