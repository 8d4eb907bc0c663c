package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"gridbot/app"
	"gridbot/bot/wechat"
	"gridbot/config"
)

// What check -test-alert says and posts.
const (
	alertTest = "【测试报警】%s（账号 %s，%s）%s 运行 check -test-alert 发来的测试。收到这条，说明机器人掉线、要重新扫码时这个群能收到报警。不用回复。"

	stepTestAlertHow  = "提示：报警地址设好了（环境变量 %s）。想看企业微信群里能不能收到，运行 %s 发一条测试报警。\n"
	stepTestAlertSent = "已往报警地址（环境变量 %s）发了一条测试报警，请到企业微信群里看有没有收到「【测试报警】…」。没收到的，多半是地址复制成了别的群的机器人。\n"
	stepTestAlertNone = "注意：没有发测试报警：报警地址没有设（环境变量 %s 是空的）。" +
		"请按 README「5. 看一遍配置里的 wechat: 部分」把企业微信群机器人的 Webhook 地址放进这个环境变量，再运行一次。\n"
	stepTestAlertBad    = "没有发测试报警：报警地址（环境变量 %s）不是网址，见上面的「注意」。\n"
	stepTestAlertFailed = "注意：测试报警没发出去（环境变量 %s 里的报警地址）：%s。" +
		"请在企业微信群里打开群机器人，重新复制整个 Webhook 地址放进这个环境变量（前后不要有空格）。\n"
)

// cmdCheck is `gridbot check -config FILE`: the start-up checks of run —
// configuration, roster, Redis and whether it keeps writes on disk, the
// model, holidays, the alert webhook — without logging in to WeChat, for
// setting a township up. It fails when anything was warned about.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	var testAlert, verbose bool
	cfg, rfs, path, err := configFlag("check", "[-test-alert] [-v]", args, stderr, func(fl *flag.FlagSet) {
		fl.BoolVar(&testAlert, "test-alert", false, "往报警地址发一条测试报警，到企业微信群里看收没收到")
		fl.BoolVar(&verbose, "v", false, "英文的日志也显示在终端上（不加时写在日志文件里，有提醒时说在哪）")
	})
	if err != nil {
		return err
	}
	o := checkOptions{Config: cfg, RosterFS: rfs, Path: path, Self: invokedAs(), Now: time.Now, Out: stdout, Logger: log,
		TestAlert: testAlert}
	if !verbose {
		// Every hint of check is told in Chinese on the terminal (the
		// 「注意」 lines); its English twins go to a file (ops76), as the
		// sandbox's log does.
		if f, ok := openLogFile(stderr, checkLogPath()); ok {
			defer f.Close()
			o.Logger, o.LogPath = slog.New(slog.NewTextHandler(f, nil)), f.Name()
		}
	}
	return check(ctx, o)
}

// checkLogPath is the file check appends its English log to (without -v).
func checkLogPath() string { return filepath.Join(os.TempDir(), "gridbot-check.log") }

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
		if w == "" || strings.ContainsAny(w, " \t'\"") {
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
	// LogPath is the file Logger writes to, named in the closing line
	// when something was warned of; "" when it writes to the terminal.
	LogPath string
	// TestAlert posts a test alert to the webhook (-test-alert); a webhook
	// that does not take it is a warning.
	TestAlert bool
	// HTTP posts the test alert; nil: the Alerter's default client.
	HTTP *http.Client
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
	again := []string{"check", "-config", o.Path} // the command to run once fixed
	if o.TestAlert {
		again = append(again, "-test-alert")
	}
	ro := runOptions{Config: cfg, RosterFS: o.RosterFS, Terminal: stdout, Logger: log, Now: o.Now, Command: commandLine(o.Self, again...)}
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
	if o.TestAlert {
		testAlert(ctx, o, log)
	} else if hook := cfg.AlertURL(); config.WebAddress(hook) {
		// set, but is it the right group's robot? Say how to see.
		fmt.Fprintf(stdout, stepTestAlertHow, cfg.WeChat.Alert.URLEnv, commandLine(o.Self, "check", "-config", o.Path, "-test-alert"))
	}
	grids := 0
	for _, v := range cfg.Villages {
		grids += len(v.Grids)
	}
	fmt.Fprintf(stdout, "配置：%s，%d 个村、%d 个网格；花名册 %d 人。\n", cfg.Township.Name, len(cfg.Villages), grids, len(a.People))
	if placed := a.Sheet.Placed(); placed != "" {
		fmt.Fprintln(stdout, placed)
	}
	tellLayout(stdout, cfg, a.People, a.Sheet)
	if n := warned.n.Load(); n > 0 {
		where := "见上面的「注意」和日志"
		if o.LogPath != "" {
			where = "见上面的「注意」；英文的详细日志在 " + o.LogPath + "，加 -v 就直接显示在这里"
		}
		fmt.Fprintf(stdout, "有 %d 条提醒（%s），请改好后再运行一次 %s。\n", n, where, commandLine(o.Self, again...))
		return toldError{fmt.Errorf("check: 有 %d 条提醒", n)} // told just above
	}
	fmt.Fprintln(stdout, "没有发现问题，可以运行："+commandLine(o.Self, "run", "-config", o.Path))
	return nil
}

// testAlert posts a test alert to the configured webhook and says on the
// terminal whether it took it; it warns when there is none or it failed.
// A webhook that is no web address was warned of by preflight already.
func testAlert(ctx context.Context, o checkOptions, log *slog.Logger) {
	cfg, env := o.Config, o.Config.WeChat.Alert.URLEnv
	hook := cfg.AlertURL()
	switch {
	case hook == "":
		fmt.Fprintf(o.Out, stepTestAlertNone, env)
		log.Warn("no test alert: no alert webhook; set the variable named by wechat.alert.url_env", "var", env)
		return
	case !config.WebAddress(hook):
		fmt.Fprintf(o.Out, stepTestAlertBad, env)
		return
	}
	al := wechat.NewAlerter(wechat.AlerterOptions{URL: hook, Kind: cfg.WeChat.Alert.Kind, Account: cfg.WeChat.Account,
		Client: o.HTTP, Logger: log, Now: o.Now})
	text := fmt.Sprintf(alertTest, cfg.BotName, cfg.WeChat.Account, cfg.Township.Name, o.Now().In(cfg.Location()).Format("2006-01-02 15:04"))
	if err := al.Test(ctx, text); err != nil {
		fmt.Fprintf(o.Out, stepTestAlertFailed, env, webhookProblem(err, hook))
		log.Warn("test alert failed", "var", env, "err", err)
		return
	}
	fmt.Fprintf(o.Out, stepTestAlertSent, env)
	log.Info("test alert posted", "var", env)
}

// webhookProblem says in Chinese why the webhook at hook did not take an
// alert; when it did not answer, how to see whether this machine reaches
// its host at all (no network is the likelier cause than a bad address).
func webhookProblem(err error, hook string) string {
	reach := ""
	if u, perr := url.Parse(hook); perr == nil && u.Host != "" {
		reach = "：先用 curl -I " + u.Scheme + "://" + u.Host + " 看这台机器连不连得上它，连得上就是地址写错了"
	}
	var we *wechat.WebhookError
	switch {
	case errors.As(err, &we) && we.Code == 93000:
		return "企业微信说这个 Webhook 地址不对（errcode 93000）：多半是复制漏了一截，或群机器人已被移除"
	case errors.As(err, &we) && we.Code != 0:
		return fmt.Sprintf("企业微信不收（errcode %d：%s）", we.Code, we.Message)
	case errors.As(err, &we) && we.Status == http.StatusNotFound:
		return "报警地址回答 HTTP 404：地址不对"
	case errors.As(err, &we):
		return fmt.Sprintf("报警地址回答 HTTP %d", we.Status)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "10 秒内没有回答：这台机器多半上不了网，或地址写错了" + reach
	}
	return "连不上报警地址：这台机器上不了网、域名解析不了，或地址写错了" + reach
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
