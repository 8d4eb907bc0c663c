package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gridbot/storage/storagetest"
)

// TestCheckTerminalChineseFirst: check tells each of its hints in Chinese
// on the terminal (「注意」); the English twins of its log (level=WARN …)
// go to $TMPDIR/gridbot-check.log, named in the closing line, and stay on
// the terminal with -v (before: every hint was read twice, once in
// English).
func TestCheckTerminalChineseFirst(t *testing.T) {
	srv := storagetest.NeedServer(t)
	// One warning: Redis keeps no AOF. The server is this test's own and is
	// killed at its end: turning AOF back on would fork a rewrite that
	// outlives the kill and writes into the directory being removed.
	srv.SetConfig(t, "appendonly", "no")
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x")
	path := filepath.Join(t.TempDir(), "我的配置.yaml")
	writeConfigWithPrefix(t, path, "gbops76")
	b := storagetest.Must(os.ReadFile(path))(t)
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), `  url: ""`, "  url: "+srv.URL, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(tmp, "gridbot-check.log")
	for _, verbose := range []bool{false, true} {
		args := []string{"check", "-config", path}
		if verbose {
			args = append(args, "-v")
		}
		var out, logged bytes.Buffer
		err := run(context.Background(), args, nil, &out, &out, slog.New(slog.NewTextHandler(&logged, nil)))
		if err == nil || !strings.Contains(out.String(), "注意：") {
			t.Fatalf("check %v: %v\n%s\nwant the AOF warned of", args, err, out.String())
		}
		term := out.String() + logged.String()
		file, _ := os.ReadFile(logPath)
		if verbose {
			if !strings.Contains(logged.String(), "level=WARN") {
				t.Errorf("check -v: no English WARN on the terminal:\n%s", term)
			}
			continue
		}
		if strings.Contains(term, "level=") {
			t.Errorf("check: English log lines on the terminal:\n%s", term)
		}
		if want := "英文的详细日志在 " + logPath + "，加 -v 就直接显示在这里"; !strings.Contains(out.String(), want) {
			t.Errorf("check's closing line does not name the log:\n%s\nwant %q", out.String(), want)
		}
		if !strings.Contains(string(file), "level=WARN") {
			t.Errorf("the log file has no WARN:\n%s", file)
		}
	}
}

// TestStartUpFailureChineseFirst: a command that fails tells the Chinese
// first; the English cause it leaves out comes after it, for whoever
// looks into it (before: the ERROR line came first).
func TestStartUpFailureChineseFirst(t *testing.T) {
	var term bytes.Buffer
	tellError(&term, slog.New(slog.NewTextHandler(&term, nil)), nil,
		errors.New("roster: 找不到花名册 x.xlsx（open x.xlsx: no such file or directory）"))
	got := term.String()
	if !strings.HasPrefix(got, "gridbot：找不到花名册 x.xlsx\n") || !strings.Contains(got, `cause="roster: open x.xlsx: no such file or directory"`) {
		t.Errorf("told\n%s\nwant the Chinese first, then the English cause", got)
	}
}
