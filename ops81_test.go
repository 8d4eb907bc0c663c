package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/storage/storagetest"
)

// TestStartUpFailureCauseOffTheTerminal: a command started at a terminal
// that fails tells the volunteer the Chinese only; the English cause goes
// to the failed log (before: a level=ERROR line under the Chinese). An
// error with no Chinese in it points below, to its cause on the terminal
// (before: 「上面」, while the line came after).
func TestStartUpFailureCauseOffTheTerminal(t *testing.T) {
	var term, aside bytes.Buffer
	log := slog.New(slog.NewTextHandler(&term, nil))
	tellError(&term, log, slog.New(slog.NewTextHandler(&aside, nil)),
		errors.New("config: 找不到配置文件 我的配置.yml：这个文件夹里有 我的配置.yaml，是不是它？（open 我的配置.yml: no such file or directory）"))
	if got := term.String(); strings.Contains(got, "level=") || !strings.HasPrefix(got, "gridbot：找不到配置文件 我的配置.yml") {
		t.Errorf("terminal told\n%s\nwant the Chinese only", got)
	}
	if !strings.Contains(aside.String(), `cause="config: open 我的配置.yml: no such file or directory"`) {
		t.Errorf("the failed log holds\n%s\nwant the English cause", aside.String())
	}

	term.Reset()
	aside.Reset()
	tellError(&term, log, slog.New(slog.NewTextHandler(&aside, nil)), errors.New("eval: labelled set: read x: is a directory"))
	got := term.String()
	said, cause := strings.Index(got, "下面日志里 level=ERROR"), strings.Index(got, `level=ERROR msg="gridbot failed"`)
	if said < 0 || cause < said || aside.Len() > 0 {
		t.Errorf("an English-only error told\n%s\n(failed log %q); want the Chinese pointing below, then the cause", got, aside.String())
	}
}

// TestRosterFirstImportRefusedSaysNoneYet: a first register with a wrong
// cell is refused saying the config's roster is not made yet (before:
// 「现在的花名册没有改动」, of a roster that was never there).
func TestRosterFirstImportRefusedSaysNoneYet(t *testing.T) {
	dir, cfg, orig := xlsxRosterSetup(t, "rosterfirstbad")
	register := filepath.Join(dir, "村里给的.csv")
	bad := strings.Replace(string(orig), "13800001011", "1380000101", 1)
	if err := os.WriteFile(register, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(context.Background(), []string{"roster", "-config", cfg, "-import", register}, nil, io.Discard, io.Discard, discard())
	got, _ := terminalText(err)
	if !strings.Contains(got, "「手机号」：\"1380000101\"") || !strings.Contains(got, "花名册没有导入，配置里的花名册 ") ||
		!strings.Contains(got, " 还没有建。改好上面说的，再运行一次：") || strings.Contains(got, "现在的花名册") {
		t.Errorf("a first register refused says\n%s", got)
	}
}

// TestJobsWithoutConfigSaysItIsTheExample: jobs without -config lists the
// example township's times and says so, with the command for one's own
// (before: the table alone, which a volunteer took for his config's).
func TestJobsWithoutConfigSaysItIsTheExample(t *testing.T) {
	for _, tc := range []struct {
		args []string
		told bool
	}{{[]string{"jobs"}, true}, {[]string{"jobs", "-config", "config.example.yaml"}, false}} {
		var stderr bytes.Buffer
		if err := run(t.Context(), tc.args, nil, io.Discard, &stderr, discard()); err != nil {
			t.Fatal(err)
		}
		said := strings.HasPrefix(stderr.String(), "没有写 -config，下面是内置示例（青山镇）的时间表；看自己配置里的，运行 ") &&
			strings.Contains(stderr.String(), " jobs -config 我的配置.yaml。\n")
		if said != tc.told {
			t.Errorf("gridbot %v says\n%s\nwant the example named: %v", tc.args, stderr.String(), tc.told)
		}
	}
}

// TestTableFileWithoutItsFlag: a register or an output file written
// without its flag is told which flag it wants, with the line to copy
// (before: 「每个值都要写在参数名后面」 only).
func TestTableFileWithoutItsFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"roster", "-config", "我的配置.yaml", "村里给的表.csv"}, "roster: 多写了「村里给的表.csv」：新花名册要写在 -import 后面，例如 " + invokedAs() + " roster -config 我的配置.yaml -import 村里给的表.csv"},
		{[]string{"export", "-config", "镇.yaml", "事项.xlsx"}, "export: 多写了「事项.xlsx」：导出的文件要写在 -out 后面，例如 " + invokedAs() + " export -config 镇.yaml -out 事项.xlsx"},
	} {
		err := run(t.Context(), tc.args, nil, io.Discard, io.Discard, discard())
		if err == nil || err.Error() != tc.want {
			t.Errorf("gridbot %v: %v\nwant %s", tc.args, err, tc.want)
		}
	}
}

// TestLogFileOfAnotherUser: a log file this user cannot open (check run
// as root, then as the gridbot user, README step 7) is kept under this
// user's own name, the terminal told nothing (before: 「英文的运行日志写不进
// …（open …: permission denied），就显示在这里」 and the English lines).
// Root opens any file, so the path taken here is a folder.
func TestLogFileOfAnotherUser(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gridbot-check.log")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	var term bytes.Buffer
	f, ok := openLogFile(&term, path)
	if !ok {
		t.Fatalf("no log file; told %q", term.String())
	}
	defer f.Close()
	if want := ownLogPath(path); f.Name() != want || term.Len() > 0 || !strings.HasSuffix(want, ".log") || want == path {
		t.Errorf("log in %s (want %s), told %q", f.Name(), want, term.String())
	}
}

// TestSandboxSaysItStopped: Ctrl+C ends the sandbox with a line saying
// what is left of it and the command to start it again (before: nothing).
func TestSandboxSaysItStopped(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	var stderr bytes.Buffer
	if err := run(cancelled, []string{"sandbox", "-addr", "127.0.0.1:0"}, nil, io.Discard, &stderr, discard()); err != nil {
		t.Fatal(err)
	}
	if want := "沙盒已退出，试的消息没有留下。要再试，运行 " + invokedAs() + " sandbox -addr 127.0.0.1:0。\n"; !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("sandbox ended with\n%s\nwant %q", stderr.String(), want)
	}
	srv := storagetest.NeedServer(t)
	var screen lockedBuffer
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	args := []string{"sandbox", "-addr", "127.0.0.1:0", "-redis", srv.URL}
	go func() { done <- run(ctx, args, nil, io.Discard, &screen, discard()) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(screen.String(), "英文的运行日志写在") && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if want := "沙盒已退出，试的消息留在 Redis（" + redactedURL(srv.URL) + "）里。要接着试，运行 " + invokedAs() + " sandbox -addr 127.0.0.1:0 -redis " + srv.URL + "。\n"; !strings.HasSuffix(screen.String(), want) {
		t.Errorf("sandbox on -redis ended with\n%s\nwant %q", screen.String(), want)
	}
}
