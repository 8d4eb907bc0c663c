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
	"strings"
	"sync"
	"time"

	"gridbot/bot/wechat"
	"gridbot/internal/rotate"
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
	return fileLog(term, sandboxLogPath(addr), log, &errorTeller{failed: sandboxError, refusals: true})
}

// runLog is where run's English log goes (ops78). Under systemd (stderr
// no terminal: onTerminal false) or with -v it stays where it was, the
// journal keeping it whole; run by hand at a terminal, whose Chinese
// lines tell the volunteer all he acts on, it goes to a file, as the
// sandbox's and check's do (runLogPath, one an account), and the
// terminal is told in Chinese of the alerts it was not told otherwise
// (errorTeller's alerts: with no webhook set, they were only in the log)
// and of the other ERROR records. It returns what sandboxLog does.
func runLog(verbose, onTerminal bool, term io.Writer, log *slog.Logger, account string) (*slog.Logger, string, func()) {
	if verbose || !onTerminal {
		return log, "", func() {}
	}
	return fileLog(term, runLogPath(account), log, &errorTeller{failed: runError, alerts: true})
}

// runLogPath is run's log file for a WeChat account (wechat.account):
// one an account, as two run side by side.
func runLogPath(account string) string {
	return filepath.Join(os.TempDir(), "gridbot-run-"+account+".log")
}

// fileLog is a logger appending to the file at path, whose ERROR records
// tell tells term of; log, and path "", when the file cannot be opened
// (said on term). close closes the file.
func fileLog(term io.Writer, path string, log *slog.Logger, tell *errorTeller) (_ *slog.Logger, _ string, close func()) {
	f, ok := openLogFile(term, path)
	if !ok {
		return log, "", func() {}
	}
	path = f.Name()
	tell.term, tell.path, tell.wall, tell.told = term, path, time.Now, map[string]time.Time{}
	return slog.New(tell.wrap(slog.NewTextHandler(f, nil))), path, func() { f.Close() }
}

// openLogFile opens path to append the English log a command keeps off
// the terminal (the sandbox's, check's, run's); one that cannot be opened
// is said on term, and the log stays there (ok false). The file is
// rotated by size (ops81: a bot run at a terminal for months must not
// fill the disk): past 20 MB it becomes path.1, keeping three old files.
// A path another user's file holds (check run as root, then as the
// gridbot user in README's step 7: /tmp keeps each file its owner's) is
// tried once more under a name of this user's (ownLogPath); the file
// opened is f.Name().
func openLogFile(term io.Writer, path string) (f *rotate.File, ok bool) {
	f, err := rotate.Open(path, rotate.DefaultMaxBytes, rotate.DefaultKeep)
	if err != nil {
		if own, err2 := rotate.Open(ownLogPath(path), rotate.DefaultMaxBytes, rotate.DefaultKeep); err2 == nil {
			return own, true
		}
		fmt.Fprintf(term, logUnopened, path, err)
		return nil, false
	}
	return f, true
}

// ownLogPath is path with this user's id before its extension:
// /tmp/gridbot-check.log → /tmp/gridbot-check-uid998.log.
func ownLogPath(path string) string {
	ext := filepath.Ext(path)
	return fmt.Sprintf("%s-uid%d%s", strings.TrimSuffix(path, ext), os.Getuid(), ext)
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
	logFileNote    = "英文的运行日志写在 %s（出了问题把它发给维护 gridbot 的人；启动时加 -v 就直接显示在这里）。\n"
	logUnopened    = "英文的运行日志写不进 %s（%v），就显示在这里。\n"
	sandboxError   = "沙盒有一步出错了（不是您操作的问题）。英文详情在 %s 里（找 %q 那一行），请把那几行发给维护 gridbot 的人；沙盒还在运行，可以接着试。\n"
	runError       = "机器人有一步出错了。英文详情在 %s 里（找 %q 那一行），请把那几行发给维护 gridbot 的人；机器人还在运行。\n"
	alertLine      = "报警：%s\n"
	sandboxRefused = "注意：沙盒的 Redis 在运行，但不肯写入：%s。%s好了以后不用重启沙盒，没登记上的消息请在网页上再发一次。\n"
)

// errorTellEvery is how often one kind of error (its log message) is told
// again on the terminal while it goes on.
const errorTellEvery = 10 * time.Minute

// errorTeller tells the terminal, in Chinese, of the ERROR records its
// handlers log, each kind once in errorTellEvery: with alerts, an alert's
// text (the transport's ALERT records, at any level, unless the terminal
// was told already: wechat.AlertShown); with refusals, Redis refusing
// writes with what to do (wechat.Refusal; run's transport tells it
// itself); anything else as a step that failed (failed), naming the log
// line to send. Redis not answering is left to storeWatch (the sandbox)
// or the transport (run).
type errorTeller struct {
	term     io.Writer
	path     string
	wall     func() time.Time
	failed   string // the line of a failed step: its path and log message
	alerts   bool
	refusals bool
	mu       sync.Mutex
	told     map[string]time.Time // the last time each kind was told
}

// wrap returns h telling t of its ERROR records.
func (t *errorTeller) wrap(h slog.Handler) slog.Handler { return tellingHandler{h, t} }

// tell tells r on the terminal unless it is told otherwise or was lately.
func (t *errorTeller) tell(r slog.Record) {
	var err error
	var text string
	shown := false
	r.Attrs(func(a slog.Attr) bool {
		switch v := a.Value.Any().(type) {
		case error:
			err = v
		case string:
			if a.Key == "text" {
				text = v
			}
		case bool:
			shown = shown || a.Key == wechat.AlertShown && v
		}
		return true
	})
	alert := t.alerts && r.Message == "ALERT" && text != ""
	if !alert && r.Level < slog.LevelError || alert && shown {
		return
	}
	kind, line := r.Message, ""
	switch why := storage.RefusalOf(err); {
	case alert:
		kind, line = "ALERT:"+text, fmt.Sprintf(alertLine, text)
	case why != "" && t.refusals:
		zh, fix := wechat.Refusal(why)
		kind, line = "refused:"+why, fmt.Sprintf(sandboxRefused, zh, fix)
	case why != "", errors.Is(err, storage.ErrUnavailable):
		return // storeWatch, or run's transport
	default:
		line = fmt.Sprintf(t.failed, t.path, r.Message)
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
