package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"gridbot/app"
	"gridbot/config"
)

// cmdCheck is `gridbot check -config FILE`: the start-up checks of run —
// configuration, roster, Redis and whether it keeps writes on disk, the
// model, holidays, the alert webhook — without logging in to WeChat, for
// setting a township up. It fails when anything was warned about.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	cfg, rfs, path, err := configFlag("check", "", args, stderr, nil)
	if err != nil {
		return err
	}
	return check(ctx, checkOptions{Config: cfg, RosterFS: rfs, Path: path, Self: invokedAs(), Now: time.Now, Out: stdout, Logger: log})
}

// invokedAs is how the operator started this process (selfCommand of
// os.Args[0]). Every command line gridbot prints for copying starts with
// it — usage, examples, hints, the -accept-uin line — so that a binary
// named otherwise, or not on the PATH, is named as it was typed.
func invokedAs() string { return selfCommand(os.Args[0]) }

// commandLine is a command line to copy: gridbot as self names it, then
// words ("check", "-config", path). A word with a space is quoted.
func commandLine(self string, words ...string) string {
	line := []string{cmp.Or(self, "gridbot")}
	for _, w := range words {
		if strings.ContainsAny(w, " \t'\"") {
			w = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
		line = append(line, w)
	}
	return strings.Join(line, " ")
}

// selfCommand is how the operator started gridbot, for a command line to
// copy: "./gridbot" as typed, "go run ." under go run (whose program is a
// temporary file), "gridbot" when it was found on the PATH.
func selfCommand(arg0 string) string {
	if strings.Contains(filepath.ToSlash(arg0), "/go-build") {
		return "go run ."
	}
	return arg0
}

// checkOptions are what check needs.
type checkOptions struct {
	Config   *config.Config
	RosterFS fs.FS
	Path     string // the config file, for the closing hint
	Self     string // how gridbot was started, for the closing hint; default "gridbot"
	Now      func() time.Time
	Out      io.Writer
	Logger   *slog.Logger
}

// check runs the checks of cmdCheck.
func check(ctx context.Context, o checkOptions) error {
	cfg, stdout, log := o.Config, o.Out, o.Logger
	if err := needRedis(cfg); err != nil {
		return err
	}
	warned := &warnCounter{Handler: log.Handler()}
	log = slog.New(warned)
	a, err := app.Open(app.Options{Config: cfg, RosterFS: o.RosterFS, Self: o.Self, Logger: log})
	if err != nil {
		return err
	}
	defer a.Close()
	ro := runOptions{Config: cfg, Terminal: stdout, Logger: log, Now: o.Now}
	if err := preflight(ctx, a, ro); err != nil {
		return err
	}
	if cfg.LLM.Enabled {
		// check waits for the answer (run does not): say so, or a hung
		// endpoint looks like check hanging.
		fmt.Fprintf(stdout, stepLLMAsking, cfg.LLM.Model, seconds(cfg.LLM.Timeout.Std()))
		probeLLM(ctx, a, ro)
		if err := ctx.Err(); err != nil { // Ctrl+C while it waited: nothing is known of the model
			return fmt.Errorf("check: 没有查完（被中断了），请再运行一次：%w", err)
		}
	}
	grids := 0
	for _, v := range cfg.Villages {
		grids += len(v.Grids)
	}
	fmt.Fprintf(stdout, "配置：%s，%d 个村、%d 个网格；花名册 %d 人。\n", cfg.Township.Name, len(cfg.Villages), grids, len(a.People))
	if n := warned.n.Load(); n > 0 {
		fmt.Fprintf(stdout, "有 %d 条提醒（见上面的「注意」和日志），请改好后再运行一次 %s。\n", n, commandLine(o.Self, "check", "-config", o.Path))
		return fmt.Errorf("check: 有 %d 条提醒", n)
	}
	fmt.Fprintln(stdout, "没有发现问题，可以运行："+commandLine(o.Self, "run", "-config", o.Path))
	return nil
}

// warnCounter counts the warnings and errors logged through it.
type warnCounter struct {
	slog.Handler
	n atomic.Int64
}

func (w *warnCounter) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelWarn {
		w.n.Add(1)
	}
	return w.Handler.Handle(ctx, r)
}
