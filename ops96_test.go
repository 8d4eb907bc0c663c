package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gridbot/storage/storagetest"
)

// villageBook writes the example register as a village keeps it in Excel:
// its columns, then 身份证号 (made-up numbers, fakeID), 家庭住址 and 备注;
// edit, when given, changes a row (the example's columns) first.
func villageBook(t *testing.T, path string, register []byte, edit func(row []string)) string {
	t.Helper()
	rows := storagetest.Must(csv.NewReader(bytes.NewReader(register)).ReadAll())(t)
	if last := len(rows[0]) - 1; rows[0][last] == "家庭住址" {
		// the example's own addresses (alarm99): this book writes its own
		for i := range rows {
			rows[i] = rows[i][:last]
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		r = slices.Clone(r)
		if i == 0 {
			r = append(r, "身份证号", "家庭住址", "备注")
		} else {
			if edit != nil {
				edit(r)
			}
			r = append(r, fakeID(i), fmt.Sprintf("青山村%s%d号", r[3], i), "")
		}
		cells := make([]any, len(r))
		for j, c := range r {
			cells[j] = c
		}
		cell := storagetest.Must(excelize.CoordinatesToCellName(1, i+1))(t)
		storagetest.Must(0, f.SetSheetRow("Sheet1", cell, &cells))(t)
	}
	storagetest.Must(0, f.SaveAs(path))(t)
	return path
}

// fakeID is the made-up 身份证号 of row i of villageBook.
func fakeID(i int) string { return fmt.Sprintf("11010119%09d%d", i, i%10) }

// TestRosterImportHoldsNoIDs (ops96): the example's register kept with
// 身份证号, 家庭住址 and 备注 columns imports (before: refused, each an
// unknown column); the terminal says once which columns are not read and
// that the IDs are not kept (the address is kept since alarm98), and no
// ID is on the terminal, in the file
// -write makes, or in the refusal of the same book with a wrong phone. A
// 网格长 whose 网格 is empty is named as serving the whole village.
func TestRosterImportHoldsNoIDs(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rosterids")
	roster := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"roster", "-config", cfg, "-import"}, args...), nil, &stdout, &stderr, discard())
		return stdout.String() + stderr.String(), err
	}
	ids := func(text string) bool {
		for i := 1; i < 100; i++ {
			if strings.Contains(text, fakeID(i)) {
				return true
			}
		}
		return false
	}
	book := villageBook(t, filepath.Join(dir, "村里的花名册.xlsx"), orig, func(r []string) {
		if r[0] == "张三" {
			r[5] = "1390000" // a wrong phone
		}
	})
	out, err := roster(book)
	if text, _ := terminalText(err); err == nil || !strings.Contains(text, "「手机号」：\"1390000\" 不是 11 位手机号") || ids(text+out) {
		t.Errorf("a wrong phone beside the IDs: %v\n%s", err, out)
	}

	book = villageBook(t, book, orig, func(r []string) {
		if r[0] == "李四" {
			r[3] = "" // 三组's 网格长 for the whole village
		}
	})
	out, err = roster(book, "-write")
	if err != nil {
		t.Fatalf("the village's workbook: %v", err)
	}
	for _, want := range []string{"花名册检查通过：共 95 人；新增 95",
		"网格空着的网格长、网格员管全村：青山村 李四（网格长，第 ",
		"「备注」这一列机器人不读，也不存（表里可以留着）",
		"「身份证号」机器人不读、不存，也不写进日志（个人隐私），表里可以留着。"} {
		if !strings.Contains(out, want) {
			t.Errorf("import says\n%s\nwant %q", out, want)
		}
	}
	if ids(out) {
		t.Errorf("an ID on the terminal:\n%s", out)
	}
	f := storagetest.Must(excelize.OpenFile(filepath.Join(dir, "花名册.xlsx")))(t)
	defer f.Close()
	rows := storagetest.Must(f.GetRows(f.GetSheetList()[0]))(t)
	var written strings.Builder
	for _, r := range rows {
		written.WriteString(strings.Join(r, ",") + "\n")
	}
	if ids(written.String()) || strings.Contains(written.String(), "身份证") {
		t.Errorf("the written roster holds the IDs:\n%s", written.String())
	}
	// the 家庭住址 is read and kept since alarm98, for the duty chat
	if !strings.Contains(written.String(), ",家庭住址\n") || !strings.Contains(written.String(), "青山村三组") {
		t.Errorf("the written roster lacks the addresses:\n%s", written.String())
	}
}

// TestCheckTellsUnreadColumns (ops96): check on a config whose roster:
// is the village's workbook says, as the import does, which columns it
// does not read and who serves the whole village, with no ID shown; the
// example register, which has neither, says neither.
func TestCheckTellsUnreadColumns(t *testing.T) {
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "appendonly", "yes")
	srv.SetConfig(t, "appendfsync", "always")
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	cfg, _ := exampleOn(t, srv)
	dir := t.TempDir()
	orig := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	villageBook(t, filepath.Join(dir, "花名册.xlsx"), orig, func(r []string) {
		if r[0] == "王五" {
			r[3] = ""
		}
	})
	cfg.Roster = "花名册.xlsx"
	var out bytes.Buffer
	err := check(context.Background(), checkOptions{Config: cfg, RosterFS: os.DirFS(dir), Path: "我的配置.yaml", Self: "./gridbot", Now: now,
		Out: &out, Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))})
	for _, want := range []string{"花名册 95 人", "网格空着的网格长、网格员管全村：青山村 王五（网格员，第 ", "「身份证号」机器人不读、不存", "没有发现问题"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("check: %v\n%s\nwant %q", err, out.String(), want)
		}
	}
	if strings.Contains(out.String(), fakeID(1)) {
		t.Errorf("check shows an ID:\n%s", out.String())
	}
}
