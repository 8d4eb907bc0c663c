package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/bot/wechat"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestRunLogAtATerminal (ops78): run by hand at a terminal, run's English
// log goes to a file, whole; the terminal is told in Chinese of the alerts
// it was not told otherwise (at any level, each text once in ten minutes),
// and of other ERROR records as a step that failed; Redis down or refusing
// writes is the transport's to tell. Under systemd (stderr no terminal)
// and with -v the log is the one given: the journal keeps it whole.
func TestRunLogAtATerminal(t *testing.T) {
	var term lockedBuffer
	given := discard()
	log, path, _ := tellingLog(t, "gridbot-run-default.log", func() (*slog.Logger, string, func()) {
		return runLog(false, true, &term, given, "default")
	})

	undelivered := "网格小助手（default）有一条消息发不出去：给「青山村三组网格群」的（待发，会再试）。"
	log.Info("health page", "url", "http://127.0.0.1:9090/healthz")
	log.Warn("Redis does not keep writes on disk", "appendonly", false)
	log.Error("ALERT", "account", "default", "state", "online", "text", undelivered)
	log.Error("ALERT", "account", "default", "state", "online", "text", undelivered) // the same again: told once
	log.Error("ALERT", "account", "default", "state", "online", "text", "网格小助手（default）连不上 Redis 了。", wechat.AlertShown, true)
	log.Info("ALERT", "account", "default", "state", "online", "text", "网格小助手（default）又收到微信消息了。")
	log.Error("wechat: Redis stopped answering", "err", fmt.Errorf("storage: head: %w: redis is down", storage.ErrUnavailable))
	log.Error("wechat: Redis answers but refuses writes", "err",
		fmt.Errorf("storage: commit: %w: %w", storage.ErrUnavailable, serverSaid("OOM command not allowed when used memory > 'maxmemory'.")))
	log.With("id", "m1").Error("message not handled", "err", errors.New("handle m1: template: no such block"))

	told := term.String()
	want := "报警：" + undelivered + "\n" +
		"报警：网格小助手（default）又收到微信消息了。\n" +
		"机器人有一步出错了。英文详情在 " + path + " 里（找 \"message not handled\" 那一行），请把那几行发给维护 gridbot 的人；机器人还在运行。\n"
	if told != want {
		t.Errorf("terminal told:\n%s\nwant:\n%s", told, want)
	}
	logged := string(storagetest.Must(os.ReadFile(path))(t))
	for _, want := range []string{"level=INFO msg=\"health page\"", "level=WARN msg=\"Redis does not keep", "连不上 Redis 了", "on_terminal=true", "refuses writes", "id=m1"} {
		if !strings.Contains(logged, want) {
			t.Errorf("log file lacks %q:\n%s", want, logged)
		}
	}

	for _, tc := range []struct {
		name              string
		verbose, terminal bool
	}{{"systemd", false, false}, {"-v", true, true}, {"-v under systemd", true, false}} {
		if got, path, _ := runLog(tc.verbose, tc.terminal, &term, given, "default"); got != given || path != "" {
			t.Errorf("%s: log %v, file %q; want the one given, no file", tc.name, got, path)
		}
	}
}

// tellingLog opens a log to a file (sandboxLog, runLog) with TMPDIR a test
// folder, and checks it writes to name there; the clock its errorTeller
// reads starts at 9:00 on 7 December 2026, moved by the test through now.
func tellingLog(t *testing.T, name string, open func() (*slog.Logger, string, func())) (log *slog.Logger, path string, now *time.Time) {
	t.Helper()
	t.Setenv("TMPDIR", t.TempDir())
	log, path, closeLog := open()
	t.Cleanup(closeLog)
	if want := filepath.Join(os.Getenv("TMPDIR"), name); path != want {
		t.Errorf("log file %q, want %q", path, want)
	}
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	log.Handler().(tellingHandler).t.wall = func() time.Time { return at }
	return log, path, &at
}

// TestHealthzPortInUseNamesItsLine (ops78): the health page's port in use
// (another gridbot running, under systemd often) says where to change it
// in the config and how to stop the service; the English cause goes to
// the log only (terminalText).
func TestHealthzPortInUseNamesItsLine(t *testing.T) {
	ln := storagetest.Must(net.Listen("tcp", "127.0.0.1:0"))(t)
	defer ln.Close()
	cfg, _, err := loadConfig("")
	if err != nil {
		t.Fatal(err)
	}
	_, err = serveHealthz(ln.Addr().String(), http.NotFoundHandler(), runOptions{Config: cfg, Logger: discard()})
	if err == nil {
		t.Fatal("served on a port in use")
	}
	text, cause := terminalText(err)
	line := strings.TrimSuffix(cfg.At("wechat.healthz"), "：")
	for _, want := range []string{"gridbot：健康检查的地址 " + ln.Addr().String() + " 打不开", "把配置文件" + line + "（wechat: 下面的 healthz:）改成别的端口",
		"systemctl stop gridbot", "不用健康检查的写 off"} {
		if line == "" || !strings.Contains(text, want) {
			t.Errorf("terminal says %q, want %q in it", text, want)
		}
	}
	if !strings.Contains(cause, "address already in use") || strings.Contains(text, "address already in use") {
		t.Errorf("cause %q, terminal %q: want the English cause only in the log", cause, text)
	}
}
