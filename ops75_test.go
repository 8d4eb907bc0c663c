package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestSandboxLogToFile (ops75): without -v the sandbox's log goes to a
// file, whole, and the terminal is told of its ERROR lines in Chinese: a
// failed step once in ten minutes by its message, naming the file and the
// line to send; Redis refusing writes with what to do; Redis not
// answering not at all (storeWatch tells it). WARN and INFO lines stay in
// the file. With -v the log is the one given.
func TestSandboxLogToFile(t *testing.T) {
	var term lockedBuffer
	addr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 18107}
	log, path, now := tellingLog(t, "gridbot-sandbox-18107.log", func() (*slog.Logger, string, func()) {
		return sandboxLog(false, &term, discard(), addr)
	})

	log.Info("sandbox listening: open it in a browser")
	log.Warn("llm reading failed; using rules", "err", errors.New("dial tcp: connection refused"))
	log.Error("sandbox: drain outbox", "err", fmt.Errorf("storage: head: %w: redis is down", storage.ErrUnavailable))
	log.With("id", "m1").Error("message not handled", "err", errors.New("handle m1: template: no such block"))
	*now = (*now).Add(time.Minute)
	log.Error("message not handled", "err", errors.New("handle m2: template: no such block"))
	oom := fmt.Errorf("storage: commit: %w: %w", storage.ErrUnavailable, serverSaid("OOM command not allowed when used memory > 'maxmemory'."))
	log.Error("message not handled", "err", oom)
	log.Error("sandbox: tick", "err", oom)
	*now = (*now).Add(errorTellEvery)
	log.Error("message not handled", "err", errors.New("handle m3: template: no such block"))

	told := term.String()
	failed := "沙盒有一步出错了（不是您操作的问题）。英文详情在 " + path + " 里（找 \"message not handled\" 那一行），请把那几行发给维护 gridbot 的人；沙盒还在运行，可以接着试。\n"
	if n := strings.Count(told, failed); n != 2 {
		t.Errorf("the failed step told %d times, want twice (once, then ten minutes on):\n%s", n, told)
	}
	if n := strings.Count(told, "注意：沙盒的 Redis 在运行，但不肯写入：内存用到了上限（maxmemory）。请在服务器上运行 redis-cli INFO memory"); n != 1 {
		t.Errorf("Redis refusing writes told %d times, want once:\n%s", n, told)
	}
	if n := strings.Count(told, "\n"); n != 3 || strings.Contains(told, "level=") || strings.Contains(told, "drain outbox") {
		t.Errorf("terminal told %d lines, want 3 (no log line, nothing of Redis down):\n%s", n, told)
	}
	logged := string(storagetest.Must(os.ReadFile(path))(t))
	for _, want := range []string{"level=INFO msg=\"sandbox listening", "level=WARN msg=\"llm reading failed", "msg=\"sandbox: drain outbox\"", "id=m1", "handle m3"} {
		if !strings.Contains(logged, want) {
			t.Errorf("log file lacks %q:\n%s", want, logged)
		}
	}

	given := discard()
	if got, path, _ := sandboxLog(true, &term, given, addr); got != given || path != "" {
		t.Errorf("-v: log %v, file %q; want the one given, no file", got, path)
	}
}

// serverSaid is an error Redis answered (a go-redis redis.Error).
type serverSaid string

func (e serverSaid) Error() string { return string(e) }
func (serverSaid) RedisError()     {}
