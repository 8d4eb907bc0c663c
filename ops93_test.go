package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gridbot/storage/storagetest"
)

// accountantBook writes the example register as a 村会计 keeps it: a
// 填表说明 sheet, then one sheet a 组 named by its number (1组, 第二组,
// 三组网格), each under a title merged across and a 填报日期 line, with a
// 序号, spaced-out and renamed headers (姓  名, 联系电话, 是否使用微信, 微信名),
// each family's 户号 merged down over its rows, phones stored as numbers,
// a blank row after every fourth household; and a 村干部 sheet of the
// village-wide people, with 职务 beside 角色 and no 网格 column, plus
// cadres (序号 and the rest of its row). It returns the workbook's path.
func accountantBook(t *testing.T, path string, register []byte, cadres ...[]any) string {
	t.Helper()
	rows := storagetest.Must(csv.NewReader(bytes.NewReader(register)).ReadAll())(t)
	// 姓名,户号,与户主关系,网格,微信昵称,手机号,使用微信,关爱等级,责任网格员,角色,性别
	f := excelize.NewFile()
	defer f.Close()
	storagetest.Must(0, f.SetSheetName("Sheet1", "填表说明"))(t)
	storagetest.Must(0, f.SetCellValue("填表说明", "A1", "每组一张表，填好后交村委会。"))(t)
	set := func(sheet string, row int, cells []any) {
		storagetest.Must(0, f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &cells))(t)
	}
	merge := func(sheet, from, to string) { storagetest.Must(0, f.MergeCell(sheet, from, to))(t) }
	for _, g := range []struct{ grid, sheet string }{{"一组", "1组"}, {"二组", "第二组"}, {"三组", "三组网格"}} {
		storagetest.Must(f.NewSheet(g.sheet))(t)
		set(g.sheet, 1, []any{"青山村" + g.grid + "户籍花名册（2026年）"})
		merge(g.sheet, "A1", "K1")
		set(g.sheet, 2, []any{"填报单位：青山村委会", "", "", "", "", "", "", "填报日期：2026年3月1日"})
		set(g.sheet, 3, []any{"序号", "姓  名", "性别", "与户主关系", "户号", "联系电话", "是否使用微信", "微信名", "关爱等级", "责任网格员", "角色"})
		r, n, households, last, top := 4, 0, 0, "", 0
		family := func() {
			if r-1 > top {
				merge(g.sheet, fmt.Sprintf("E%d", top), fmt.Sprintf("E%d", r-1))
			}
		}
		for _, x := range rows[1:] {
			if x[3] != g.grid {
				continue
			}
			household := x[1]
			if household == last {
				household = "" // merged down from the family's first row
			} else {
				if last != "" {
					family()
					if households++; households%4 == 0 {
						r++
					}
				}
				top = r
			}
			last = x[1]
			n++
			var phone any = x[5]
			if p, err := strconv.Atoi(x[5]); err == nil {
				phone = p
			}
			set(g.sheet, r, []any{n, x[0], x[10], x[2], household, phone, x[6], x[4], x[7], x[8], x[9]})
			r++
		}
		family()
	}
	storagetest.Must(f.NewSheet("村干部"))(t)
	set("村干部", 1, []any{"青山村村干部名单"})
	merge("村干部", "A1", "F1")
	set("村干部", 2, []any{"序号", "姓名", "职务", "角色", "联系电话", "户号"})
	for i, c := range append([][]any{{1, "孙七", "包村干部", "镇干部", 13900000007, ""}, {2, "吴九", "信息员", "管理员", 13900000009, ""}}, cadres...) {
		set("村干部", i+3, c)
	}
	storagetest.Must(0, f.SaveAs(path))(t)
	return path
}

// TestRosterImportsAnAccountantsWorkbook (ops93): the workbook a 村会计
// keeps (accountantBook) imports as it came: its sheets named by number
// are the config's grids, 村干部 is the village's cadres of no grid, and
// the terminal says how each sheet was read. A cadre sheet's row of no
// role serving the whole village is refused on its cell, saying where
// he belongs; a footer 合计 on two sheets is told on each and as nothing
// else. Before, 1组, 第二组, 三组网格 and 村干部 were each refused.
func TestRosterImportsAnAccountantsWorkbook(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rosteraccountant")
	roster := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"roster", "-config", cfg, "-import"}, args...), nil, &stdout, &stderr, discard())
		return stdout.String(), err
	}
	book := accountantBook(t, filepath.Join(dir, "各组花名册.xlsx"), orig, []any{3, "赵会计", "会计", "", 13900000011, "QS-099"})
	_, err := roster(book)
	text, _ := terminalText(err)
	want := "各组花名册.xlsx 工作表「村干部」第 5 行「角色」：工作表「村干部」里的人不分网格、管全村，角色要有网格长或网格员（或管理员、镇干部），" +
		"赵会计的这一行没写角色（空着就是村民）：他是干部的，补上他在网格里的角色；不是的（村民、评分小组、超市管理员都要算在一个组里），把这一行挪到他家那个组的工作表"
	if err == nil || !strings.Contains(text, want) || strings.Count(text, "工作表「") != 2 {
		t.Errorf("a villager on the 村干部 sheet: told\n%s\nwant only\n%s", text, want)
	}

	book = accountantBook(t, book, orig)
	out, err := roster(book, "-write")
	if err != nil {
		t.Fatalf("the accountant's workbook: %v", err)
	}
	for _, want := range []string{"花名册检查通过：共 95 人；新增 95，修改 0，删除 0。",
		"工作表没有「网格」一列的，按表名算：「1组」算一组，「第二组」算二组，「三组网格」算三组，「村干部」算青山村的村干部（不分网格，管全村）。算错了的，"} {
		if !strings.Contains(out, want) {
			t.Errorf("import says\n%s\nwant %q", out, want)
		}
	}
	if out, err := roster(book); err != nil || !strings.Contains(out, "新增 0，修改 0，删除 0") || strings.Contains(out, "注意") {
		t.Errorf("re-import of the same workbook: %v\n%s", err, out)
	}

	// The same register as one sheet exported to CSV, its 所属组别 written
	// 1组, 第二组, 3组: the same people in the same grids, told how read.
	rows := storagetest.Must(csv.NewReader(bytes.NewReader(orig)).ReadAll())(t)
	numbered := map[string]string{"一组": "1组", "二组": "第二组", "三组": "3组"}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	storagetest.Must(0, w.Write([]string{"序号", "姓  名", "户号", "与户主关系", "所属组别", "微信名", "联系电话", "是否使用微信", "关爱等级", "责任网格员", "角色", "性别", "家庭住址"}))(t)
	for i, r := range rows[1:] {
		if g, ok := numbered[r[3]]; ok {
			r[3] = g
		}
		storagetest.Must(0, w.Write(append([]string{strconv.Itoa(i + 1)}, r...)))(t)
	}
	w.Flush()
	exported := filepath.Join(dir, "导出.csv")
	storagetest.Must(0, os.WriteFile(exported, b.Bytes(), 0o644))(t)
	out, err = roster(exported)
	if err != nil || strings.Contains(out, "注意") || strings.Contains(out, "网格）") {
		t.Errorf("the register with grids by number: %v\n%s", err, out)
	}
	if want := "「所属组别」写的按配置里的网格名算：「1组」算一组（第 2–31 行），「第二组」算二组（第 32–61 行），「3组」算三组（第 62–94 行）。"; !strings.Contains(out, want) {
		t.Errorf("the register with grids by number says\n%s\nwant %q", out, want)
	}
}
