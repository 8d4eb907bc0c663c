package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gridbot/storage/storagetest"
)

// sheetsPerGrid writes the example register as a village office keeps
// it, one sheet a 组 (a 填表说明 sheet first; 一组, 二组 and 青山村三组
// without a 网格 column, the last under a title row; the village-wide
// cadres on 村干部 with an empty 网格), edited by edit (row, as CSV fields
// with 网格 still in) first, and returns the workbook's path.
func sheetsPerGrid(t *testing.T, path string, register []byte, edit func(row []string)) string {
	t.Helper()
	rows := storagetest.Must(csv.NewReader(bytes.NewReader(register)).ReadAll())(t)
	header, grid := rows[0], 3
	if header[grid] != "网格" {
		t.Fatalf("example/roster.csv's 4th column is %q", header[grid])
	}
	without := func(r []string) []string { return append(append([]string{}, r[:grid]...), r[grid+1:]...) }
	sheets := []struct {
		name, grid string
		title      bool
	}{{"一组", "一组", false}, {"二组", "二组", false}, {"青山村三组", "三组", true}, {"村干部", "", false}}
	f := excelize.NewFile()
	defer f.Close()
	storagetest.Must(0, f.SetSheetRow("Sheet1", "A1", &[]string{"每组一张表，填好后交村委会"}))(t)
	storagetest.Must(0, f.SetSheetName("Sheet1", "填表说明"))(t)
	for _, s := range sheets {
		storagetest.Must(f.NewSheet(s.name))(t)
		out := [][]string{without(header)}
		if s.grid == "" {
			out[0] = header
		}
		if s.title {
			out = append([][]string{{"青山村三组花名册"}}, out...)
		}
		for _, r := range rows[1:] {
			if r[grid] != s.grid {
				continue
			}
			if edit != nil {
				edit(r)
			}
			if s.grid == "" {
				out = append(out, r)
			} else {
				out = append(out, without(r))
			}
		}
		for i, r := range out {
			cell := storagetest.Must(excelize.CoordinatesToCellName(1, i+1))(t)
			storagetest.Must(0, f.SetSheetRow(s.name, cell, &r))(t)
		}
	}
	storagetest.Must(0, f.SaveAs(path))(t)
	return path
}

// TestRosterImportsSheetsPerGrid (ops91): the volunteer imports the
// village's workbook of one sheet a 组 as it came: all 95 read, each sheet
// of the grid its name names; importing it again after a phone changed on
// 二组 updates that one person, named by sheet and row; a sheet named
// after no grid is refused saying which, and what to name it.
func TestRosterImportsSheetsPerGrid(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rostersheets")
	book := sheetsPerGrid(t, filepath.Join(dir, "各组花名册.xlsx"), orig, nil)
	roster := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"roster", "-config", cfg, "-import"}, args...), nil, &stdout, &stderr, discard())
		return stdout.String(), err
	}
	out, err := roster(book, "-write")
	if err != nil {
		t.Fatalf("first import of the workbook: %v", err)
	}
	if want := "花名册检查通过：共 95 人；新增 95，修改 0，删除 0。"; !strings.Contains(out, want) || strings.Contains(out, "注意") {
		t.Errorf("first import says\n%s\nwant %q and no 注意", out, want)
	}
	// The same workbook again: nobody changes (each one's 网格 is the one
	// the written roster has).
	if out, err := roster(book); err != nil || !strings.Contains(out, "新增 0，修改 0，删除 0") {
		t.Errorf("re-import of the same workbook: %v\n%s", err, out)
	}
	// 黄永红's phone changed on 二组: one change, told with her sheet and row.
	changed := sheetsPerGrid(t, filepath.Join(dir, "改了的.xlsx"), orig, func(r []string) {
		if r[0] == "黄永红" {
			r[5] = "13999999999"
		}
	})
	out, err = roster(changed, "-write")
	if err != nil {
		t.Fatalf("re-import: %v", err)
	}
	for _, want := range []string{"新增 0，修改 1，删除 0", "要修改的 1 人：黄永红·QS-201（工作表「二组」第 2 行：手机号）"} {
		if !strings.Contains(out, want) {
			t.Errorf("re-import says\n%s\nwant %q", out, want)
		}
	}
	// A sheet named after no grid of the config, without a 网格 column.
	f := storagetest.Must(excelize.OpenFile(book))(t)
	storagetest.Must(0, f.SetSheetName("二组", "四组"))(t)
	storagetest.Must(0, f.Save())(t)
	f.Close()
	if _, err = roster(book); err == nil {
		t.Fatal("a sheet of no grid imported")
	}
	text, _ := terminalText(err)
	for _, want := range []string{"各组花名册.xlsx 工作表「四组」第 1 行：工作表名「四组」对不上配置里的网格", "请把工作表改名为网格名（配置里的网格有 一组、二组、三组；",
		"花名册没有导入，现在的花名册没有改动。"} {
		if !strings.Contains(text, want) {
			t.Errorf("a sheet of no grid: told\n%s\nwant %q", text, want)
		}
	}
}

// TestCheckReadsSheetsPerGrid (ops91): a config whose roster: is the
// village's workbook of one sheet a 组 starts: check reads all 95, and
// its notes name the sheet (a grid without a 网格长).
func TestCheckReadsSheetsPerGrid(t *testing.T) {
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "appendonly", "yes")
	srv.SetConfig(t, "appendfsync", "always")
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	cfg, _ := exampleOn(t, srv)
	dir := t.TempDir()
	orig := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	for _, tc := range []struct {
		name string
		book func(path string) string
		want string
	}{
		{"as kept", func(path string) string { return sheetsPerGrid(t, path, orig, nil) }, "没有发现问题"},
		{"二组 without its 网格长", func(path string) string {
			return sheetsPerGrid(t, path, orig, func(r []string) {
				if r[0] == "黄永红" {
					r[9] = "村民"
				}
			})
		}, "注意：青山村二组 没有网格长（这个网格的人在 花名册.xlsx 工作表「二组」第 2–31 行），这个网格反映的事没人受理"},
		// ops93: sheets named by number and a 村干部 sheet, told how read
		{"an accountant's workbook", func(path string) string { return accountantBook(t, path, orig) },
			"「1组」算一组，「第二组」算二组，「三组网格」算三组，「村干部」算青山村的村干部（不分网格，管全村）。\n没有发现问题"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.book(filepath.Join(dir, "花名册.xlsx"))
			cfg.Roster = "花名册.xlsx"
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: os.DirFS(dir), Path: "我的配置.yaml", Self: "./gridbot", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))})
			if !strings.Contains(out.String(), "花名册 95 人") || !strings.Contains(out.String(), tc.want) {
				t.Errorf("check: %v\n%s\nwant %q", err, out.String(), tc.want)
			}
		})
	}
}
