package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gridbot/storage/storagetest"
)

// TestExportSaysWhatToDo: each way a volunteer can get export wrong is
// told in Chinese with the next step, and a Redis that does not answer
// leaves no empty file behind.
func TestExportSaysWhatToDo(t *testing.T) {
	down := exampleConfig(t, [2]string{"\n  url: \"\"", "\n  url: redis://127.0.0.1:1/0"})
	out := filepath.Join(t.TempDir(), "事项.xlsx")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no config", []string{"-what", "reports"}, "请用 -config 写上机器人运行时用的配置文件"},
		{"xlsx to the terminal", []string{"-config", down, "-what", "calls", "-format", "xlsx"}, "请加 -out，例如 -out calls.xlsx"},
		{"example config", []string{"-config", "config.example.yaml"}, "这份配置里没有 redis.url"},
		{"Redis down", []string{"-config", down, "-format", "xlsx", "-out", out}, "连不上 Redis：请确认 redis-server 在运行"},
		{"unknown what", []string{"-config", down, "-what", "report"}, `-what 写的 "report" 不认得，请写其中一个：reports、history`},
		{"old Excel file", []string{"-config", down, "-out", "事项.xls"}, "-out 的文件 事项.xls 是老的 .xls 格式，导出写不了：请写成 .xlsx（Excel、WPS 都能打开），例如 -out 事项.xlsx"},
		{"unknown format, the file a workbook", []string{"-config", down, "-format", "excel", "-out", out}, `-format 写的 "excel" 不认得，请写其中一个：csv、json、xlsx`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), append([]string{"export"}, tc.args...), nil, &stdout, &stderr, discard())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("export %v: err = %v, want %q", tc.args, err, tc.want)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("export with Redis down left %s behind (stat: %v)", out, err)
	}
}

// TestExportFollowsTheFileName: -out 事项.xlsx without -format writes a
// workbook (it wrote CSV text Excel refuses to open), a -format that
// disagrees with the file name is refused, an empty export says what an
// empty result may mean instead of succeeding silently, and an export
// that fails keeps the file of the last one.
func TestExportFollowsTheFileName(t *testing.T) {
	srv := storagetest.NeedServer(t)
	dir := t.TempDir()
	export := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"export", "-config", "config.example.yaml", "-redis", srv.URL}, args...),
			nil, &stdout, &stderr, discard())
		return stderr.String(), err
	}
	book := filepath.Join(dir, "事项.xlsx")
	said, err := export("-out", book)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(book); err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Errorf("-out 事项.xlsx did not write a workbook (read: %v)", err)
	}
	if want := "一行数据也没有"; !strings.Contains(said, want) {
		t.Errorf("empty export said %q, want %q", said, want)
	}
	if _, err := export("-format", "csv", "-out", book); err == nil || !strings.Contains(err.Error(), "-format 写的是 csv，-out 的文件") {
		t.Errorf("-format csv -out 事项.xlsx: err = %v, want the disagreement named", err)
	}
	if b, err := os.ReadFile(book); err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Errorf("a refused export changed %s (read: %v)", book, err)
	}
}

// TestRosterProblemsInChinese: export, jobs and bench, which load the
// roster as run does, tell its problems in Chinese on the terminal, not
// only in the English log: here the 30 people of a grid the config no
// longer has.
func TestRosterProblemsInChinese(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg := exampleConfig(t, [2]string{"\n      - name: 一组\n        group: 青山村一组网格群", ""})
	const want = "example/roster.csv 第 2–31 行「网格」写的是「一组」（刘建国、陈桂兰、刘洋、马红梅、吕志刚 等 30 人）：青山村的网格只有 二组、三组（配置文件第 "
	for _, args := range [][]string{
		{"export", "-config", cfg, "-redis", srv.URL},
		{"jobs", "-config", cfg},
		{"bench", "-config", cfg, "-redis", srv.URL, "-n", "5"},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, nil, &stdout, &stderr, discard()); err != nil {
			t.Fatalf("%s: %v", args[0], err)
		}
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("%s told the operator:\n%s\nwant %q", args[0], stderr.String(), want)
		}
	}
}
