package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
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
		{"xlsx to the terminal", []string{"-config", down, "-what", "calls", "-format", "xlsx"}, "请加 -out，例如 -out 电话回访.xlsx"},
		{"example config", []string{"-config", "config.example.yaml"}, "这份配置里没有 redis.url"},
		{"Redis down", []string{"-config", down, "-format", "xlsx", "-out", out}, "连不上 Redis（redis://127.0.0.1:1/0）：请确认 redis-server 在运行"},
		{"unknown what", []string{"-config", down, "-what", "report"}, `-what 写的 "report" 不认得，是不是 reports？请写其中一个：reports、history`},
		{"old Excel file", []string{"-config", down, "-out", "事项.xls"}, "-out 的文件 事项.xls 是老的 .xls 格式，导出写不了：请写成 .xlsx（Excel、WPS 都能打开），例如 -out 事项.xlsx"},
		{"unknown format, the file a workbook", []string{"-config", down, "-format", "excel", "-out", out}, `-format 写的 "excel" 不认得，是不是 xlsx？请写其中一个：csv、json、xlsx`},
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
	// a folder not made yet, or the folder itself: which, and what to write
	missing := filepath.Join(dir, "导出", "事项.xlsx")
	if _, err := export("-out", missing); err == nil || !strings.Contains(err.Error(), "文件夹 "+filepath.Dir(missing)+" 不存在：请先建好它（mkdir -p "+filepath.Dir(missing)+"），或者写已有文件夹里的文件，如 -out 事项.xlsx") {
		t.Errorf("-out into a missing folder: err = %v, want the folder named", err)
	}
	if _, err := export("-format", "xlsx", "-out", dir); err == nil || !strings.Contains(err.Error(), dir+" 是一个文件夹：请在它后面写上文件名，如 -out "+filepath.Join(dir, "事项.xlsx")) {
		t.Errorf("-out a folder: err = %v, want the file name asked for", err)
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

// TestExportPublicityOfOnePeriod: -period keeps the 公示 table (and the
// claims and ledger) to the points counted in one month or year, so the
// sheet for the notice board holds that round's and not the whole year's;
// without it every published item is exported, as before. A -period on an
// export it does not filter, or not a month, says what to write.
func TestExportPublicityOfOnePeriod(t *testing.T) {
	srv := storagetest.NeedServer(t)
	input := storagetest.Must(os.ReadFile("testdata/points.jsonl"))(t)
	replayConfig(t, "config.example.yaml", srv.URL, input)
	rows := func(what string, more ...string) []string {
		t.Helper()
		return exportedField(t, "config.example.yaml", srv.URL, what, "period", more...)
	}
	all := rows("publicity")
	march := rows("publicity", "-period", "2026-03")
	if len(march) == 0 || len(march) >= len(all) {
		t.Errorf("publicity of 2026-03 has %d rows of the %d published, want some and fewer", len(march), len(all))
	}
	for _, p := range march {
		if p != "2026-03" {
			t.Errorf("publicity of 2026-03 holds an item of %s", p)
		}
	}
	if year := rows("publicity", "-period", "2026"); len(year) != len(all) {
		t.Errorf("publicity of 2026 has %d rows, want all %d", len(year), len(all))
	}
	for _, p := range rows("ledger", "-period", "2026-04") {
		if p != "2026-04" {
			t.Errorf("ledger of 2026-04 holds an entry of %s", p)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-what", "reports", "-period", "2026-03"}, "-period 只用于 -what claims、ledger、publicity"},
		{[]string{"-what", "publicity", "-period", "3月"}, `-period 写的 "3月" 不对：写月份如 2026-03，或整年如 2026`},
	} {
		args := append([]string{"export", "-config", "config.example.yaml", "-redis", srv.URL}, tc.args...)
		err := run(context.Background(), args, nil, io.Discard, io.Discard, discard())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("export %v: %v, want %q", tc.args, err, tc.want)
		}
	}
}

// TestExportQuarterlyPublicityWhole: with `cadence: quarterly` one 公示
// (「2026年第1季度」, posted 1 April) lists the points of three months; the
// table exported with -period of any month of it is that whole round, as
// posted, so the notice board's sheet matches the group (walk78: -period
// 2026-03 gave only March's item of the four posted). The claims export
// keeps to the month.
func TestExportQuarterlyPublicityWhole(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg := exampleConfig(t, [2]string{"\n    cadence: monthly", "\n    cadence: quarterly"},
		[2]string{`publicity: "0 9 1 * *"`, `publicity: "0 9 1 1,4,7,10 *"`})
	g := "青山村三组网格群"
	line := func(at, from, text string) string {
		return fmt.Sprintf(`{"at": %q, "chat": %q, "from": %q, "text": %q}`, at, g, from, text) + "\n"
	}
	input := line("2026-02-10T10:00:00+08:00", "陈二", "申请积分 参加义务劳动 修水渠 证明人 王五") +
		line("2026-02-10T10:05:00+08:00", "赵六", "同意 #C1 6") +
		line("2026-03-10T10:00:00+08:00", "张三", "申请积分 参加志愿服务 植树 证明人 王五") +
		line("2026-03-10T10:05:00+08:00", "赵六", "同意 #C2 12") +
		line("2026-04-02T10:00:00+08:00", "张三", "我的积分")
	_, outs, _ := replayConfig(t, cfg, srv.URL, []byte(input))
	if len(findOut(outs, g, "【积分公示】青山村三组 2026年第1季度")) != 1 {
		t.Fatalf("no quarterly 公示 posted: %+v", outs)
	}
	ids := func(what, period string) []string {
		t.Helper()
		return exportedField(t, cfg, srv.URL, what, "id", "-period", period)
	}
	for _, p := range []string{"2026-02", "2026-03", "2026"} {
		if got := ids("publicity", p); !slices.Equal(got, []string{"C1", "C2"}) {
			t.Errorf("publicity -period %s = %v, want the whole round [C1 C2]", p, got)
		}
	}
	if got := ids("claims", "2026-03"); !slices.Equal(got, []string{"C2"}) {
		t.Errorf("claims -period 2026-03 = %v, want [C2]", got)
	}
}

// exportedField runs `export -what what -format json` (with more flags) on
// the config and Redis given and returns each row's field.
func exportedField(t *testing.T, cfg, redisURL, what, field string, more ...string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append([]string{"export", "-config", cfg, "-redis", redisURL, "-what", what, "-format", "json"}, more...)
	if err := run(context.Background(), args, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("export %v: %v\n%s", args, err, stderr.String())
	}
	var got []map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("export %v printed %q: %v", args, stdout.String(), err)
	}
	var out []string
	for _, r := range got {
		v, _ := r[field].(string)
		out = append(out, v)
	}
	return out
}
