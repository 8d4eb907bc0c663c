package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot/replay"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

var update = flag.Bool("update", false, "rewrite golden files")

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// replayFile runs `gridbot replay` in-process on a transcript against a
// private redis-server and returns the output lines and the state file.
func replayFile(t *testing.T, redisURL, in string) ([]replay.Out, state) {
	t.Helper()
	input := storagetest.Must(os.ReadFile(in))(t)
	stdout, outs, st := replayConfig(t, "config.example.yaml", redisURL, input)
	if *update {
		if err := os.WriteFile(strings.TrimSuffix(in, ".jsonl")+".golden.jsonl", stdout, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden, err := os.ReadFile(strings.TrimSuffix(in, ".jsonl") + ".golden.jsonl")
	if err != nil {
		t.Fatalf("golden file: %v (run go test -run %s -update)", err, t.Name())
	}
	if diff := cmp.Diff(strings.Split(string(stdout), "\n"), strings.Split(string(golden), "\n")); diff != "" {
		t.Errorf("replay output differs from the golden file (-got +want); if intended, run go test -update:\n%s", diff)
	}
	return outs, st
}

// replayConfig runs `gridbot replay` in-process with the config at cfgPath
// on input and returns its output, as text and as lines, and the state file.
func replayConfig(t *testing.T, cfgPath, redisURL string, input []byte) ([]byte, []replay.Out, state) {
	t.Helper()
	raw, st := replayTranscript(t, cfgPath, redisURL, input)
	outs := parseOuts(t, raw)
	return []byte(raw), outs, st
}

// redisOrMemory starts a private redis-server and returns its URL, or ""
// (the replay's in-process store) when none is installed.
func redisOrMemory(t *testing.T) string {
	t.Helper()
	if srv := storagetest.StartServer(t); srv != nil {
		return srv.URL
	}
	return ""
}

// findOut returns the outputs to to that contain substr.
func findOut(outs []replay.Out, to, substr string) []replay.Out {
	var hits []replay.Out
	for _, o := range outs {
		if o.To == to && strings.Contains(o.Text, substr) {
			hits = append(hits, o)
		}
	}
	return hits
}

// exampleConfig writes config.example.yaml to a temporary file, each
// replacement's first text replaced by its second and the roster path made
// absolute, and returns the file's path.
func exampleConfig(t *testing.T, replacements ...[2]string) string {
	t.Helper()
	b := storagetest.Must(os.ReadFile("config.example.yaml"))(t)
	s := string(b)
	roster := [2]string{"\nroster: example/roster.csv", "\nroster: " + filepath.Join(mustAbs(t, "example"), "roster.csv")}
	for _, r := range append(replacements, roster) {
		if !strings.Contains(s, r[0]) {
			t.Fatalf("config.example.yaml has no %q to replace", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReplayExampleVillage(t *testing.T) {
	outs, st := replayFile(t, redisOrMemory(t), "testdata/example.jsonl")

	// The final state of every report: the lifecycle paths of the transcript.
	type row struct{ ID, Type, Status, Grid, Reporter string }
	var got []row
	for _, r := range st.Reports {
		got = append(got, row{r.ID, string(r.Type), string(r.Status), r.Grid, r.Reporter})
	}
	want := []row{
		{"R1", "general", "closed", "三组", "张三"},     // accept (quoted), assign, progress, resolve, reopen, resolve, confirm
		{"R2", "emergency", "accepted", "三组", "陈二"}, // free-text fire, accepted by the township officer
		{"R3", "emergency", "accepted", "三组", "王五"}, // 上报 紧急, accepted two minutes later
		{"R4", "approval", "new", "三组", "陈二"},       // @bot question about 低保
		{"R5", "mediation", "closed", "三组", "陈二"},   // escalated, progress and resolved by the township
		{"R6", "general", "new", "三组", "张三"},        // the lamp broke again: not merged into the closed R1
		{"R7", "general", "duplicate", "三组", "王奶奶"}, // filed for an elder (代报), merged into R6
		{"R8", "general", "rejected", "三组", "张三"},   // rejected with a reason
		{"R9", "general", "closed", "三组", "张三"},     // private report, handled privately
		{"R10", "general", "new", "一组", "陌生人"},      // a stranger in another grid
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("reports (-got +want):\n%s", diff)
	}
	r1 := st.Reports[0]
	var actions []village.Action
	for _, h := range r1.History {
		actions = append(actions, h.Action)
	}
	wantActions := []village.Action{"create", "accept", "assign", "progress", "resolve", "reopen", "progress", "resolve", "confirm"}
	if diff := cmp.Diff(actions, wantActions); diff != "" {
		t.Errorf("R1 history (-got +want):\n%s", diff)
	}

	checks := []struct {
		name, to, substr string
		n                int
	}{
		{"a repeated message id is handled once", "青山村三组网格群", "已登记 #R1（", 1},
		{"emergency reaches the duty chat in the same minute", "青山镇应急值班群", "【突发事件】青山村三组 #R2", 1},
		{"emergency reply names leader and workers and 119", "青山村三组网格群", "@李四\u2005@王五\u2005紧急情况 #R2", 1},
		{"fire hint", "青山村三组网格群", "119", 1},
		{"injury hint", "青山村三组网格群", "立即拨打120", 1}, // the alarm's hint, not a leader quoted saying he called 120 (town108)
		{"approval tells the procedure", "青山村三组网格群", "【低保】怎么办", 1},
		{"mediation reminder", "青山村三组网格群", "请双方保持冷静", 1},
		{"escalation reaches the office", "青山镇网格工作群", "【网格上报】青山村三组 #R5", 1},
		{"villager may not accept", "青山村三组网格群", "「确认」需要本网格的网格长", 1},
		{"only the reporter confirms", "青山村三组网格群", "「满意」需要报告人张三本人", 1},
		{"worker may not reject", "青山村三组网格群", "「驳回」需要本网格的网格长", 1},
		{"wrong state", "青山村三组网格群", "现在是「处理中」，还不能确认满意；办结后再回「满意 #R1」", 1},
		{"unknown reference", "青山村三组网格群", "没有找到 #R99", 1},
		{"huge message", "青山村三组网格群", "消息太长了", 1},
		{"private report stays private", "李四", "【私信反映】张三", 1},
		{"negated fire stays silent", "青山村三组网格群", "#R10", 0},
	}
	for _, c := range checks {
		if got := len(findOut(outs, c.to, c.substr)); got != c.n {
			t.Errorf("%s: %d messages to %s containing %q, want %d", c.name, got, c.to, c.substr, c.n)
		}
	}
	for _, o := range outs {
		if o.To == "某个无关的群" {
			t.Errorf("the bot spoke in an unconfigured group: %q", o.Text)
		}
	}
	fire := findOut(outs, "青山镇应急值班群", "#R2")[0]
	if fire.At != "2026-03-02T08:45:00+08:00" {
		t.Errorf("duty chat alerted at %s, want the minute of the report 08:45", fire.At)
	}
}

func TestExportAfterReplay(t *testing.T) {
	srv := storagetest.NeedServer(t)
	replayFile(t, srv.URL, "testdata/example.jsonl")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-config", "config.example.yaml", "-redis", srv.URL, "-what", "reports", "-format", "csv"}
	if err := run(context.Background(), args, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr.String())
	}
	lines := nonEmptyLines(strings.TrimPrefix(stdout.String(), "\ufeff"))
	if len(lines) != 11 {
		t.Fatalf("export has %d lines, want a header and 10 reports:\n%s", len(lines), stdout.String())
	}
	if !strings.HasPrefix(lines[0], "编号,村,网格") || !strings.HasPrefix(lines[1], "R1,青山村,三组") {
		t.Errorf("unexpected export:\n%s", stdout.String())
	}
	xlsx := filepath.Join(t.TempDir(), "audit.xlsx")
	args = []string{"export", "-config", "config.example.yaml", "-redis", srv.URL, "-what", "audit", "-format", "xlsx", "-out", xlsx}
	if err := run(context.Background(), args, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("export xlsx: %v", err)
	}
	if fi, err := os.Stat(xlsx); err != nil || fi.Size() == 0 {
		t.Fatalf("xlsx not written: %v", err)
	}
	err := run(context.Background(), []string{"export", "-config", "config.example.yaml", "-what", "points"}, nil, &stdout, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "reports、history、audit") {
		t.Errorf("bad -what: err = %v, want the accepted values named", err)
	}
}

func TestRosterReimportUpdates(t *testing.T) {
	dir, cfg, orig := rosterSetup(t, "rostertest")
	// The new register: 陈二 got a new phone, a newborn joined 张三's household.
	updated := strings.Replace(string(orig), "13900000002", "13900000099", 1) + "张小宝,QS-301,子女,三组,,,否,,,村民\n"
	newFile := filepath.Join(dir, "new.csv")
	if err := os.WriteFile(newFile, []byte(updated), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"roster", "-config", cfg, "-import", newFile, "-write"}, nil, &stdout, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "手机号") {
		t.Fatalf("a person without WeChat and without a phone must be refused, naming the column; err = %v", err)
	}
	updated = strings.Replace(updated, "张小宝,QS-301,子女,三组,,,否", "张小宝,QS-301,子女,三组,,,是", 1)
	if err := os.WriteFile(newFile, []byte(updated), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"共 96 人；新增 1，修改 1，删除 0", "共 96 人；新增 0，修改 0，删除 0"} {
		stdout.Reset() // importing twice must not duplicate anyone
		if err := run(context.Background(), []string{"roster", "-config", cfg, "-import", newFile, "-write"}, nil, &stdout, &stderr, discard()); err != nil {
			t.Fatalf("import %d: %v", i, err)
		}
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("import %d output lacks %q:\n%s", i, want, stdout.String())
		}
	}
	got := storagetest.Must(os.ReadFile(filepath.Join(dir, "example", "roster.csv")))(t)
	if strings.Count(string(got), "张小宝") != 1 || !strings.Contains(string(got), "13900000099") {
		t.Errorf("written roster lacks the update or duplicates the newborn:\n%s", got)
	}
}

// TestReplayKeepsOffTheConfigsRedis: replay runs on the in-process store
// unless -redis is given, so a transcript tried with the production config
// never lands in the running bot's Redis (here: one that is not there).
func TestReplayKeepsOffTheConfigsRedis(t *testing.T) {
	cfg := exampleConfig(t, [2]string{"\n  url: \"\"", "\n  url: redis://127.0.0.1:1/0"})
	input := []byte(`{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}` + "\n")
	_, outs, st := replayConfig(t, cfg, "", input)
	if len(st.Reports) != 1 || len(outs) == 0 {
		t.Errorf("replay on the in-process store: %d reports, %d messages out; want 1 report and its reply", len(st.Reports), len(outs))
	}
}

// TestUsageAligned: in gridbot -h, every command's arguments start in one
// column and what it does in the next, however long the command's name
// (classify) or its arguments (export).
func TestUsageAligned(t *testing.T) {
	self := invokedAs()
	var stderr bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, nil, io.Discard, &stderr, discard()); err != nil {
		t.Fatal(err)
	}
	args, does := map[int][]string{}, map[int][]string{} // column → commands
	n := 0
	lines := strings.Split(stderr.String(), "\n")
	for i, line := range lines {
		rest, ok := strings.CutPrefix(line, "  "+self+" ")
		if !ok || i+1 == len(lines) {
			continue
		}
		name, _, _ := strings.Cut(rest, " ")
		col := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(strings.TrimPrefix(rest, name), " "))
		args[col] = append(args[col], name)
		next := lines[i+1]
		col = utf8.RuneCountInString(next) - utf8.RuneCountInString(strings.TrimLeft(next, " "))
		does[col] = append(does[col], name)
		n++
	}
	if len(args) != 1 || len(does) != 1 || n != 10 {
		t.Errorf("arguments start at columns %v, what the command does at %v; want one column each, 10 commands:\n%s", args, does, stderr.String())
	}
}

// TestUsageInChinese: the volunteer's first look — gridbot, gridbot -h, a
// mistyped command and a command's -h — reads in Chinese and names the
// next step.
func TestUsageInChinese(t *testing.T) {
	self := invokedAs() // the test binary: "go run ."
	for _, tc := range []struct {
		args          []string
		stderr, error string
	}{
		{nil, "用法：", "请写一个命令，如 " + self + " check -config 我的配置.yaml"},
		{[]string{"-h"}, "做 run 启动时的全部检查", ""},
		{[]string{"chek"}, "每个命令的参数：" + self + " 命令 -h", `没有 "chek" 这个命令（是不是 check？）`},
		{[]string{"rooster", "-config", "x.yaml"}, "用法：", `没有 "rooster" 这个命令（是不是 roster？）`},
		{[]string{"start"}, "用法：", `没有 "start" 这个命令，请看上面的用法`},
		// help slipped (ops89): before, no 是不是 at all
		{[]string{"hlep"}, "用法：", `没有 "hlep" 这个命令（是不是 help？）`},
		{[]string{"--hlep"}, "用法：", `没有 "--hlep" 这个命令（是不是 help？）`},
		{[]string{"roster", "-h"}, "新花名册（必填），CSV（UTF-8 或 GBK）或 .xlsx", "flag: help requested"},
		{[]string{"export", "-h"}, "（默认 csv）", "flag: help requested"},
		{[]string{"run", "-h"}, "用法：" + self + " run -config FILE [-accept-uin N] [-v]\n", "flag: help requested"},
		// the commands an operator types end with examples to copy
		{[]string{"roster", "-h"}, "例如：\n  " + self + " roster -config 我的配置.yaml -import 村里给的表.xlsx    只检查", "flag: help requested"},
		{[]string{"export", "-h"}, "例如：\n  " + self + " export -config 我的配置.yaml -out 事项.xlsx", "flag: help requested"},
		{[]string{"check", "-h"}, "例如：\n  " + self + " check -config 我的配置.yaml", "flag: help requested"},
		// A config written without -config would otherwise run the
		// sandbox silently on the bundled example.
		{[]string{"sandbox", "我的配置.yaml"}, "用法：" + self + " sandbox", "多写了「我的配置.yaml」：配置文件要写在 -config 后面，例如 " + self + " sandbox -config 我的配置.yaml"},
		{[]string{"jobs", "-config", "config.example.yaml", "now"}, "用法：" + self + " jobs", "多写了「now」"},
		{[]string{"check", "-cofig", "x.yaml"}, "用法：" + self + " check", "没有 -cofig 这个参数（是不是 -config？）"},
		{[]string{"run", "-config", "x.yaml", "--accept-uni", "1"}, "用法：" + self + " run", "没有 -accept-uni 这个参数（是不是 -accept-uin？）"},
		{[]string{"export", "-fromat", "csv"}, "用法：" + self + " export", "没有 -fromat 这个参数（是不是 -format？）"},
		{[]string{"check", "-verbose"}, "用法：" + self + " check", "没有 -verbose 这个参数：请对照上面的参数检查拼写"},
		{[]string{"export", "-config"}, "用法：" + self + " export", "-config 后面要写上值"},
		{[]string{"bench", "-n", "很多"}, "用法：" + self + " bench", `-n 写的 "很多" 不对`},
		{[]string{"roster", "-write=yes"}, "用法：" + self + " roster", `-write 写的 "yes" 不对`},
		// no -config: the line to type, named as gridbot was started
		{[]string{"check"}, "用法：" + self + " check", "请用 -config 写上配置文件，例如 " + self + " check -config 我的配置.yaml"},
	} {
		var stderr bytes.Buffer
		err := run(context.Background(), tc.args, nil, io.Discard, &stderr, discard())
		if !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("gridbot %v printed\n%s\nwant %q", tc.args, stderr.String(), tc.stderr)
		}
		if (err == nil) != (tc.error == "") || err != nil && !strings.Contains(err.Error(), tc.error) {
			t.Errorf("gridbot %v: err = %v, want %q", tc.args, err, tc.error)
		}
		if strings.Contains(stderr.String(), "default") || strings.Contains(stderr.String(), "flag provided") {
			t.Errorf("gridbot %v printed English:\n%s", tc.args, stderr.String())
		}
	}
}

// TestErrorsReachTheOperatorInChinese: what main prints of a command's
// error is Chinese, naming the file and line it is about, without Go's
// English wrapping ("config: ", "bench: ") or causes ("open …: no such
// file or directory"), which go to the log; an error with no Chinese in
// it says where its details are.
func TestErrorsReachTheOperatorInChinese(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "没有的.yaml")
	broken := filepath.Join(t.TempDir(), "坏的.yaml")
	if err := os.WriteFile(broken, []byte("township:\nname 青山镇\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args      []string
		want      string
		inTheLog  string
		wantNoLog bool
	}{
		{args: []string{"check", "-config", missing}, want: "gridbot：找不到配置文件 " + missing + "：请检查文件名", inTheLog: "no such file or directory"},
		{args: []string{"jobs", "-config", broken}, want: "gridbot：配置文件 " + broken + " 第 ", wantNoLog: true},
		{args: []string{"export"}, want: "gridbot：请用 -config 写上", wantNoLog: true},
		{args: []string{"bench", "-redis", "redis://127.0.0.1:1/0", "-n", "1"}, want: "gridbot：连不上 Redis（redis://127.0.0.1:1/0）：", inTheLog: "connection refused"},
	} {
		err := run(context.Background(), tc.args, nil, io.Discard, io.Discard, discard())
		if err == nil {
			t.Errorf("gridbot %v: no error", tc.args)
			continue
		}
		var term, log bytes.Buffer
		tellError(&term, slog.New(slog.NewTextHandler(&log, nil)), nil, err)
		got := term.String()
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("gridbot %v told\n%s\nwant it to start %q", tc.args, got, tc.want)
		}
		if english := regexp.MustCompile(`[a-z]+: |no such file|refused`).FindString(got); english != "" {
			t.Errorf("gridbot %v told %q on the terminal:\n%s", tc.args, english, got)
		}
		if !strings.Contains(log.String(), tc.inTheLog) || tc.wantNoLog && log.Len() > 0 {
			t.Errorf("gridbot %v logged\n%s\nwant %q (nothing when nothing was left out: %v)", tc.args, log.String(), tc.inTheLog, tc.wantNoLog)
		}
		// only what the terminal left out (ops75): its Chinese is not read twice
		if said := strings.SplitN(got, "：", 3)[1]; strings.Contains(log.String(), said) {
			t.Errorf("gridbot %v logged the Chinese (%q…) the terminal tells:\n%s", tc.args, said, log.String())
		}
	}
	if got, cause := terminalText(errors.New("replay: 第 1 行：不是一行 JSON（invalid character 'o' in literal null (expecting 'u')）")); got != "gridbot：第 1 行：不是一行 JSON" ||
		cause != "replay: invalid character 'o' in literal null (expecting 'u')" {
		t.Errorf("a cause in English without a step is told as %q (dropped %q)", got, cause)
	}
	if got, cause := terminalText(errors.New("eval: labelled set: open x/dev.jsonl: no such file or directory")); strings.Contains(got, "open") || !strings.Contains(got, "日志") ||
		cause != "eval: labelled set: open x/dev.jsonl: no such file or directory" {
		t.Errorf("an English error is told as %q, logged %q; want Chinese pointing to the log, and the error whole there", got, cause)
	}
}

// TestEveryCommandHelp: each command's -h says, in Chinese and in
// English, what it does, lists its flags in Chinese and ends with
// examples to copy, each naming the command as gridbot was started and
// saying what it does.
func TestEveryCommandHelp(t *testing.T) {
	self := invokedAs()
	for _, c := range commands {
		var stderr bytes.Buffer
		err := run(context.Background(), []string{c.name, "-h"}, nil, io.Discard, &stderr, discard())
		if !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s -h: err = %v, want the usage", c.name, err)
		}
		got := stderr.String()
		first, rest, _ := strings.Cut(got, "\n")
		head := c.does + "\nUsage: " + c.en + "\n\n参数：\n"
		if !strings.HasPrefix(first, "用法："+self+" "+c.name+" ") || !strings.HasPrefix(rest, head) {
			t.Errorf("%s -h starts\n%s\nwant 用法：%s %s …, then\n%s", c.name, got, self, c.name, head)
		}
		_, ex, ok := strings.Cut(got, "\n例如：\n")
		lines := strings.Split(strings.TrimSuffix(ex, "\n"), "\n")
		if !ok || len(lines) < 2 {
			t.Errorf("%s -h has fewer than two examples:\n%s", c.name, got)
		}
		for _, l := range lines {
			line, does, _ := strings.Cut(l, "    ")
			if !strings.Contains(line, self+" "+c.name) || !han.MatchString(does) {
				t.Errorf("%s -h example %q: want the command line, then what it does in Chinese", c.name, l)
			}
		}
		if strings.Contains(got, "default") || strings.Contains(got, "flag provided") {
			t.Errorf("%s -h prints the flag package's English:\n%s", c.name, got)
		}
	}
}
