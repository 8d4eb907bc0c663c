package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"gridbot/bot/wechat"
	"gridbot/storage"
)

// sandboxLog is where the sandbox's English log goes (ops75). The
// sandbox is the volunteer's first try and its terminal his only view of
// it: by default the log goes to a file (sandboxLogPath, appended to, so
// that a restart keeps the run before it), and the terminal has Chinese
// lines only — an ERROR the terminal is not told of otherwise (Redis
// lost: storeWatch; the model: understand.Watch) is told by
// errorTeller. With -v (verbose) the log stays on the terminal as
// before. It returns the logger, the file's path ("" when the log stays
// on the terminal) and how to close it. A file that cannot be opened
// leaves the log on the terminal, saying why.
func sandboxLog(verbose bool, term io.Writer, log *slog.Logger, addr net.Addr) (*slog.Logger, string, func()) {
	if verbose {
		return log, "", func() {}
	}
	path := sandboxLogPath(addr)
	f, ok := openLogFile(term, path)
	if !ok {
		return log, "", func() {}
	}
	tell := &errorTeller{term: term, path: path, wall: time.Now, told: map[string]time.Time{}}
	return slog.New(tell.wrap(slog.NewTextHandler(f, nil))), path, func() { f.Close() }
}

// openLogFile opens path to append the English log a command keeps off
// the terminal (the sandbox's, check's); one that cannot be opened is
// said on term, and the log stays there (ok false).
func openLogFile(term io.Writer, path string) (f *os.File, ok bool) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintf(term, logUnopened, path, err)
		return nil, false
	}
	return f, true
}

// sandboxLogPath is the sandbox's log file for its address: one a port,
// so that two sandboxes open at once do not mix their lines.
func sandboxLogPath(addr net.Addr) string {
	port := "8080"
	if tcp, ok := addr.(*net.TCPAddr); ok {
		port = fmt.Sprint(tcp.Port)
	}
	return filepath.Join(os.TempDir(), "gridbot-sandbox-"+port+".log")
}

// The terminal's lines of sandboxLog and errorTeller.
const (
	sandboxLogNote = "英文的运行日志写在 %s（出了问题把它发给维护 gridbot 的人；启动时加 -v 就直接显示在这里）。\n"
	logUnopened    = "英文的运行日志写不进 %s（%v），就显示在这里。\n"
	sandboxError   = "沙盒有一步出错了（不是您操作的问题）。英文详情在 %s 里（找 %q 那一行），请把那几行发给维护 gridbot 的人；沙盒还在运行，可以接着试。\n"
	sandboxRefused = "注意：沙盒的 Redis 在运行，但不肯写入：%s。%s好了以后不用重启沙盒，没登记上的消息请在网页上再发一次。\n"
)

// errorTellEvery is how often one kind of error (its log message) is told
// again on the terminal while it goes on.
const errorTellEvery = 10 * time.Minute

// errorTeller tells the terminal, in Chinese, of the ERROR records its
// handlers log, each kind once in errorTellEvery: Redis refusing writes
// with what to do (wechat.Refusal), anything else as a step that failed,
// naming the log line to send. Redis not answering is left to storeWatch.
type errorTeller struct {
	term io.Writer
	path string
	wall func() time.Time
	mu   sync.Mutex
	told map[string]time.Time // the last time each kind was told
}

// wrap returns h telling t of its ERROR records.
func (t *errorTeller) wrap(h slog.Handler) slog.Handler { return tellingHandler{h, t} }

// tell tells r on the terminal unless it is told otherwise or was lately.
func (t *errorTeller) tell(r slog.Record) {
	if r.Level < slog.LevelError {
		return
	}
	var err error
	r.Attrs(func(a slog.Attr) bool {
		if e, ok := a.Value.Any().(error); ok {
			err = e
		}
		return err == nil
	})
	kind, line := r.Message, ""
	switch why := storage.RefusalOf(err); {
	case why != "":
		zh, fix := wechat.Refusal(why)
		kind, line = "refused:"+why, fmt.Sprintf(sandboxRefused, zh, fix)
	case errors.Is(err, storage.ErrUnavailable):
		return // storeWatch
	default:
		line = fmt.Sprintf(sandboxError, t.path, r.Message)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.wall()
	if last, ok := t.told[kind]; ok && now.Sub(last) < errorTellEvery {
		return
	}
	t.told[kind] = now
	fmt.Fprint(t.term, line)
}

// tellingHandler is a slog.Handler that also hands its records to an
// errorTeller.
type tellingHandler struct {
	slog.Handler
	t *errorTeller
}

func (h tellingHandler) Handle(ctx context.Context, r slog.Record) error {
	h.t.tell(r)
	return h.Handler.Handle(ctx, r)
}

func (h tellingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return tellingHandler{h.Handler.WithAttrs(as), h.t}
}

func (h tellingHandler) WithGroup(name string) slog.Handler {
	return tellingHandler{h.Handler.WithGroup(name), h.t}
}
