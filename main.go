// Command gridbot (网格小助手) is a WeChat group bot for township grid
// governance: issue reports routed by type, handled by grid leaders in the
// group, escalated to the township.
package main

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"text/tabwriter"

	"gridbot/app"
	"gridbot/config"
	"gridbot/storage"
)

// example is the bundled example township, used when no -config is given.
//
//go:embed config.example.yaml example/roster.csv
var example embed.FS

// usageHead and usageFoot frame the overview of the commands; each
// "%[1]s" is gridbot as it was started (invokedAs).
const (
	usageHead = "gridbot（网格小助手）：乡镇网格化管理的微信群机器人。\n\n用法：\n"
	usageFoot = "\n每个命令的参数：%[1]s 命令 -h（如 %[1]s export -h）。说明见 README.md。\n"
)

// commands are the lines of the overview: the command, its arguments,
// what it does, and the same in English for its -h (a helper from
// elsewhere reads it too).
var commands = []struct{ name, args, does, en string }{
	{"run", "-config FILE [-accept-uin N] [-v]", "在真实的微信群里运行（扫码登录；登录状态存在 Redis 里）；-v 在终端上运行时英文日志也显示在终端上", "run the bot in the real WeChat groups (scan the QR code once; the login is kept in Redis)"},
	{"check", "-config FILE [-test-alert] [-v]", "做 run 启动时的全部检查（配置、花名册、Redis、大模型），不登录微信；-test-alert 再发一条测试报警；-v 英文日志也显示在终端上", "check what run checks at start (config, roster, Redis, model) without logging in to WeChat"},
	{"sandbox", "[-config FILE] [-addr 127.0.0.1:8080] [-redis URL]", "在浏览器里模拟微信群（不需要任何配置）", "try the bot in a browser on simulated groups (needs no config)"},
	{"replay", "[-config FILE] [-roster FILE] [-redis URL] [-state-out FILE] < in.jsonl > out.jsonl", "在模拟时间上回放群聊", "replay a chat transcript on simulated time, printing the bot's replies"},
	{"export", "-config FILE -what reports|history|audit|claims|ledger|households|publicity|integrity|calls|notices -format csv|json|xlsx [-out FILE] [-period 2026-03] [-redis URL]", "导出数据", "export the bot's data (reports, points, calls, notices) as CSV, JSON or XLSX"},
	{"roster", "-config FILE -import NEW.csv|NEW.xlsx [-write]", "检查新花名册，加 -write 替换配置里的花名册", "check a new roster against the current one; -write replaces it"},
	{"jobs", "[-config FILE] [-at TIME]", "列出定时任务和下次运行的时间", "list the scheduled jobs and when each runs next"},
	{"classify", "[-config FILE] [-rules] [-workers N] < in.jsonl > out.jsonl", `看机器人怎么理解每行 {"text": …}；不接文件就一句一句打，回车看结果`, `show how the bot reads each line {"text": …}; typed, a line at a time`},
	{"eval", "[-config FILE] [-set DIR] [-data DIR] [-llm] [-misses]", "评测自由文本理解，打印一行 JSON", "evaluate free-text understanding on the labelled sets; prints one JSON line"},
	{"bench", "-redis URL [-n N] [-config FILE]", "压测整条流水线，打印一行 JSON", "benchmark the whole pipeline against a Redis; prints one JSON line"},
}

// printUsage writes the overview of the commands to w: each command and
// its arguments on a line, what it does under the arguments; self is
// gridbot as it was started. The columns are aligned whatever the length
// of self and of the command names.
func printUsage(w io.Writer, self string) {
	fmt.Fprint(w, usageHead)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s %s\t%s\n\t%s\n", self, c.name, c.args, c.does)
	}
	tw.Flush()
	fmt.Fprintf(w, usageFoot, self)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	storage.LogClientTo(logger)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, logger)
	switch {
	case errors.Is(err, flag.ErrHelp):
		// -h asked for the usage, which was printed
	case err != nil:
		aside, closeAside := failedLog()
		tellError(os.Stderr, logger, aside, err)
		closeAside()
		stop()
		os.Exit(2)
	}
}

// tellError tells the operator on term what went wrong, in Chinese
// (terminalText), then logs the English causes it leaves out, for
// whoever looks into it. The log line has only those (ops75): with err
// whole, a volunteer read each Chinese sentence twice; and it comes
// after the Chinese (ops76), which the volunteer reads first. aside, when
// not nil, takes that line instead of log when every line told was
// Chinese (ops81: at a terminal the volunteer reads the Chinese only, and
// the English goes to failedLog's file); a line told as unexpected
// (unexplained) points to the cause below it, which stays on log. A
// toldError is not told again (ops91).
func tellError(term io.Writer, log, aside *slog.Logger, err error) {
	if errors.As(err, new(toldError)) {
		return // the command said it on the terminal already, in its own words
	}
	text, cause := terminalText(err)
	fmt.Fprintln(term, text)
	switch {
	case cause == "":
	case aside != nil && !strings.Contains(text, unexplained):
		aside.Error("gridbot failed", "cause", cause)
	default:
		log.Error("gridbot failed", "cause", cause)
	}
}

// toldError is a failure the command has told the operator already, on
// its terminal and in its words (check's 「有 1 条提醒…请改好后再运行一次」):
// main exits non-zero, so that a script or systemd sees it failed, without
// telling it a second time.
type toldError struct{ error }

func (e toldError) Unwrap() error { return e.error }

// unexplained is the terminal's line for an error with no Chinese in it.
const unexplained = "出了意外的错误：详细原因在下面日志里 level=ERROR 的那一行，请把它发给维护 gridbot 的人"

// failedLog is where a failing command started at a terminal logs the
// English causes its Chinese left out: $TMPDIR/gridbot-failed.log (rotated
// as the other log files). Not at a terminal (systemd, a pipe) it is nil:
// the journal keeps the line.
func failedLog() (*slog.Logger, func()) {
	if !isTerminal(os.Stderr) {
		return nil, func() {}
	}
	f, ok := openLogFile(io.Discard, failedLogPath())
	if !ok {
		return nil, func() {}
	}
	return slog.New(slog.NewTextHandler(f, nil)), func() { f.Close() }
}

// failedLogPath is failedLog's file.
func failedLogPath() string { return filepath.Join(os.TempDir(), "gridbot-failed.log") }

var (
	// configAt is a config's parse error as config.Load words it: the
	// file, then the parser's "config: " and the line.
	configAt = regexp.MustCompile(`^(.+?): config: (.*)$`)
	// goPrefixes are the English "package: step: " words errors are
	// wrapped in.
	goPrefixes = regexp.MustCompile(`^(?:[a-z][a-z0-9 _.-]*: )+`)
	// englishCause is a cause in English at the end of a Chinese
	// sentence: 「（open x: no such file or directory）」 or 「原因：dial tcp …」.
	// It starts with a lowercase English word and has no Chinese but more
	// words than one (a single word in brackets is a name: 「性别（gender）」), or
	// starts with a word or a path and has a Go "step: " in it.
	englishCause = regexp.MustCompile(`(?:（[a-z][^（）\p{Han}]*\s[^（）\p{Han}]*）|（[a-z/.][^（）]*: [^（）]*）|原因：[a-z].*)$`)
	han          = regexp.MustCompile(`\p{Han}`)
)

// terminalText is err for the operator: each line in Chinese, with the
// file and line it is about, without the English wrapping (「config: 」,
// 「bench: 」) and causes (「（open …: no such file or directory）」).
// cause is what tellError logs: each cause left out, behind its line's
// wrapping (「roster: open x.xlsx: no such file or directory」); "" when
// none was. A line with no Chinese in it says to look in the log, where
// it is whole.
func terminalText(err error) (text, cause string) {
	lines := strings.Split(err.Error(), "\n")
	var causes []string
	for i, line := range lines {
		if m := configAt.FindStringSubmatch(line); m != nil && !strings.Contains(m[1], "：") {
			sep := "："
			if strings.HasPrefix(m[2], "第 ") {
				sep = " "
			}
			line = "配置文件 " + m[1] + sep + m[2]
		}
		wrapping := goPrefixes.FindString(line)
		line = line[len(wrapping):]
		if loc := englishCause.FindStringIndex(line); loc != nil {
			left := strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(line[loc[0]:], "（"), "）"), "原因：")
			line, causes = line[:loc[0]], append(causes, wrapping+left)
		}
		if !han.MatchString(line) {
			if strings.TrimSpace(line) != "" { // "": its cause is the line
				causes = append(causes, wrapping+line)
			}
			line = unexplained
		}
		lines[i] = line
	}
	return "gridbot：" + strings.Join(lines, "\n"), strings.Join(causes, "; ")
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, log *slog.Logger) error {
	self := invokedAs()
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		printUsage(stderr, self)
		if len(args) == 0 {
			return errors.New("请写一个命令，如 " + commandLine(self, "check", "-config", "我的配置.yaml"))
		}
		return nil
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, stdout, stderr, log)
	case "check":
		return cmdCheck(ctx, rest, stdout, stderr, log)
	case "replay":
		return cmdReplay(ctx, rest, stdin, stdout, stderr, log)
	case "sandbox":
		return cmdSandbox(ctx, rest, stderr, log)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr, log)
	case "jobs":
		return cmdJobs(ctx, rest, stdout, stderr, log)
	case "roster":
		return cmdRoster(ctx, rest, stdout, stderr, log)
	case "classify":
		return cmdClassify(ctx, rest, stdin, stdout, stderr, log)
	case "eval":
		return cmdEval(ctx, rest, stdout, stderr, log)
	case "bench":
		return cmdBench(ctx, rest, stdout, stderr, log)
	}
	printUsage(stderr, self)
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	// help is no command of the list, but typed as one (hlep, -hlep) it
	// is a slip for it too
	if near := config.Nearest(strings.TrimLeft(cmd, "-"), append(names, "help")); near != "" {
		return fmt.Errorf("没有 %q 这个命令（是不是 %s？），请看上面的用法", cmd, near)
	}
	return fmt.Errorf("没有 %q 这个命令，请看上面的用法", cmd)
}

// parseConfigFlags parses a command's flags, then loads the config its
// -config names (cfgPath, read once they are parsed: see loadConfig).
func parseConfigFlags(fl *flag.FlagSet, args []string, cfgPath *string) (*config.Config, fs.FS, error) {
	if err := parseFlags(fl, args); err != nil {
		return nil, nil, err
	}
	return loadConfig(*cfgPath)
}

// loadConfig reads the config at path, or the bundled example when path is
// empty; the returned FS resolves the roster path relative to the config.
func loadConfig(path string) (*config.Config, fs.FS, error) {
	if path == "" {
		data, err := example.ReadFile("config.example.yaml")
		if err != nil {
			return nil, nil, err
		}
		cfg, err := config.Parse(data)
		if err != nil {
			return nil, nil, fmt.Errorf("bundled example: %w", err)
		}
		return cfg, example, nil
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, nil, err
	}
	// Like the roster, files the config names live next to it, wherever
	// gridbot is started from: the QR code and the evidence images would
	// otherwise scatter over the folders a volunteer happens to be in.
	if !filepath.IsAbs(cfg.WeChat.DataDir) {
		cfg.WeChat.DataDir = filepath.Join(filepath.Dir(path), cfg.WeChat.DataDir)
	}
	return cfg, rootedFS(filepath.Dir(path)), nil
}

// openApp opens the app as app.Open does, tells the roster's problems on
// term in Chinese (the log warns of them in English) and, when the data is
// on a Redis server rather than the in-process store (which the command
// tells in its own words: memoryNote), checks that the server answers: a
// wrong -redis would otherwise fail later with go-redis's English; then it
// loads the store's scripts (loadScripts). Messages that name a command
// name it as gridbot was started (selfCommand).
func openApp(ctx context.Context, o app.Options, term io.Writer) (*app.App, error) {
	o.Self = cmp.Or(o.Self, invokedAs())
	a, err := app.Open(o)
	if err != nil {
		return nil, err
	}
	tellRoster(term, a)
	// the in-process store: the command says it is in memory (memoryNote)
	if !a.Embedded {
		if err := pingRedis(ctx, a.Store, o.Config, cmp.Or(o.RedisURL, o.Config.Redis.URL)); err != nil {
			a.Close()
			return nil, err
		}
	}
	loadScripts(ctx, a, cmp.Or(o.Logger, slog.Default()))
	return a, nil
}

// loadScripts loads the store's Lua scripts once Redis answers, so that
// the first message after a start costs the round trips later ones do.
// When Redis refuses, each script's first use loads it, one trip more:
// the log says so and the command goes on.
func loadScripts(ctx context.Context, a *app.App, log *slog.Logger) {
	if err := a.Store.LoadScripts(ctx); err != nil {
		log.Warn("Lua scripts not loaded at start: the first use of each costs one more Redis round trip", "err", err)
	}
}

// rootedFS opens relative paths against dir and absolute paths as they are.
type rootedFS string

func (r rootedFS) Open(name string) (fs.File, error) {
	if filepath.IsAbs(name) {
		return os.Open(name)
	}
	return os.Open(filepath.Join(string(r), name))
}

// newFlags makes a subcommand's flag set whose usage and complaints are in
// Chinese: the flag package's own messages and "(default …)" are English,
// so it prints nothing itself and parseFlags says what went wrong.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	self := invokedAs()
	fl.Usage = func() {
		fmt.Fprintf(stderr, "用法：%s %s\n", self, synopsis)
		for _, c := range commands {
			if c.name == name {
				fmt.Fprintf(stderr, "%s\nUsage: %s\n", c.does, c.en)
			}
		}
		fmt.Fprintf(stderr, "\n参数：\n")
		fl.VisitAll(func(f *flag.Flag) {
			arg := " 值"
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				arg = ""
			}
			fmt.Fprintf(stderr, "  -%s%s\n    \t%s", f.Name, arg, f.Usage)
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
				fmt.Fprintf(stderr, "（默认 %s）", f.DefValue)
			}
			fmt.Fprintln(stderr)
		})
		if ex := examples(self, name); len(ex) > 0 {
			fmt.Fprintf(stderr, "\n例如：\n")
			for _, e := range ex {
				fmt.Fprintf(stderr, "  %s\n", e)
			}
		}
	}
	return fl
}

// examples are the command lines an operator types most with a command,
// each with what it does, for its usage; self is gridbot as it was started.
func examples(self, command string) []string {
	cmd := func(words ...string) string { return commandLine(self, append([]string{command}, words...)...) }
	switch command {
	case "check":
		return []string{
			cmd("-config", "我的配置.yaml") + "    上线前检查配置、花名册、Redis 和报警，不登录微信",
			cmd("-config", "我的配置.yaml", "-test-alert") + "    同上，再往报警地址发一条测试报警，到企业微信群里看收没收到",
		}
	case "run":
		return []string{
			cmd("-config", "我的配置.yaml") + "    启动机器人（第一次要用机器人的手机扫码）",
			cmd("-config", "我的配置.yaml", "-accept-uin", "1234567890") + "    只在报警说换了微信号、而且确实是有意换号时用，数字照抄报警里的",
		}
	case "roster":
		return []string{
			cmd("-config", "我的配置.yaml", "-import", "村里给的表.xlsx") + "    只检查：列出新增、修改、删除几人，有错就写明第几行哪一列",
			cmd("-config", "我的配置.yaml", "-import", "村里给的表.xlsx", "-write") + "    检查没问题后替换花名册（旧的留作 .bak），然后重启 gridbot",
		}
	case "export":
		return []string{
			cmd("-config", "我的配置.yaml", "-out", "事项.xlsx") + "    全部事项，用 Excel 打开",
			cmd("-config", "我的配置.yaml", "-what", "calls", "-out", "电话回访.xlsx") + "    电话回访记录",
			cmd("-config", "我的配置.yaml", "-what", "publicity", "-period", "2026-11", "-out", "积分公示.xlsx") + "    11 月积分的公示表，贴村务公开栏",
		}
	case "jobs":
		return []string{
			cmd("-config", "我的配置.yaml") + "    列出定时任务和下次运行的时间",
			cmd("-config", "我的配置.yaml", "-at", "2026-03-02") + "    列出 3 月 2 日零点以后的运行，看某一天会跑哪些任务",
		}
	case "sandbox":
		return []string{
			cmd() + "    用内置的示例青山镇，在浏览器打开 http://127.0.0.1:8080",
			cmd("-config", "我的配置.yaml", "-addr", "127.0.0.1:8090") + "    用自己的配置试，8080 被占用时换个端口",
		}
	case "replay":
		return []string{
			cmd("<", "群聊.jsonl", ">", "回复.jsonl") + "    在示例青山镇上回放一段群聊，看机器人怎么回",
			cmd("-config", "我的配置.yaml", "-state-out", "结果.json", "<", "群聊.jsonl", ">", "回复.jsonl") + "    用自己的配置回放，最后的事项和积分存到 结果.json",
		}
	case "classify":
		return []string{
			`echo '{"text": "村口路灯不亮了"}' | ` + cmd("-rules") + "    看规则怎么理解一句话",
			cmd("-config", "我的配置.yaml") + "    一句一句打群里的话，回车看机器人怎么理解（Ctrl+D 结束）",
			cmd("-config", "我的配置.yaml", "<", "消息.jsonl", ">", "理解.jsonl") + "    按配置（可能用大模型）理解每一行",
		}
	case "eval":
		return []string{
			cmd() + "    只用规则评测，打印一行 JSON",
			cmd("-misses", "-data", "") + "    只评测本项目的评测集，把读错的打印出来",
		}
	case "bench":
		return []string{
			cmd("-redis", "redis://127.0.0.1:16999", "-n", "20000") + "    在单独的测试 Redis 上压测（README「性能」）",
			cmd("-redis", "redis://127.0.0.1:16999", "-n", "2000", "-cpuprofile", "/tmp/cpu.pprof") + "    同时记下 CPU profile，用 go tool pprof 看",
		}
	}
	return nil
}

// parseFlags parses a subcommand's arguments. It turns the flag package's
// English errors into Chinese ones that say what to write, and refuses
// words left after the flags: "gridbot sandbox 我的配置.yaml" would
// otherwise run silently on the bundled example instead of that config.
func parseFlags(fl *flag.FlagSet, args []string) error {
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%s: %s", fl.Name(), flagProblem(err.Error(), fl))
	}
	if fl.NArg() == 0 {
		return nil
	}
	fl.Usage()
	extra := fl.Arg(0)
	if ext := strings.ToLower(filepath.Ext(extra)); (ext == ".yaml" || ext == ".yml") && fl.Lookup("config") != nil {
		return fmt.Errorf("%s: 多写了「%s」：配置文件要写在 -config 后面，例如 %s", fl.Name(), extra, commandLine(invokedAs(), fl.Name(), "-config", extra))
	}
	if flagName, what := fileFlag(fl, extra); flagName != "" {
		cfg := "我的配置.yaml"
		if f := fl.Lookup("config"); f != nil && f.Value.String() != "" {
			cfg = f.Value.String()
		}
		return fmt.Errorf("%s: 多写了「%s」：%s要写在 -%s 后面，例如 %s", fl.Name(), extra, what, flagName,
			commandLine(invokedAs(), fl.Name(), "-config", cfg, "-"+flagName, extra))
	}
	return fmt.Errorf("%s: 多写了「%s」：每个值都要写在参数名后面（如 -config 我的配置.yaml），参数见上面", fl.Name(), extra)
}

// fileFlag is the flag a table file left without one was meant for (ops81:
// 「roster -config 我的配置.yaml 村里给的表.csv」 forgot -import, 「export …
// 事项.xlsx」 -out) and what it is; "" when fl has none such.
func fileFlag(fl *flag.FlagSet, extra string) (name, what string) {
	switch strings.ToLower(filepath.Ext(extra)) {
	case ".csv", ".xlsx", ".xls", ".json":
	default:
		return "", ""
	}
	switch {
	case fl.Lookup("import") != nil:
		return "import", "新花名册"
	case fl.Lookup("out") != nil:
		return "out", "导出的文件"
	}
	return "", ""
}

// flagProblem says in Chinese what the flag package's error msg about
// the flags of fl means.
func flagProblem(msg string, fl *flag.FlagSet) string {
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		var names []string
		fl.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if near := config.Nearest(strings.TrimLeft(name, "-"), names); near != "" {
			return fmt.Sprintf("没有 %s 这个参数（是不是 -%s？）：请对照上面的参数检查拼写", name, near)
		}
		return fmt.Sprintf("没有 %s 这个参数：请对照上面的参数检查拼写（参数名前面是一个减号，如 -config）", name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf("%s 后面要写上值，参数见上面", name)
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if value, name, ok := strings.Cut(rest, " for flag "); ok {
			name, _, _ = strings.Cut(name, ":")
			return fmt.Sprintf("%s 写的 %s 不对：请按上面的说明写", name, value)
		}
	}
	if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		if value, name, ok := strings.Cut(rest, " for "); ok {
			name, _, _ = strings.Cut(name, ":")
			return fmt.Sprintf("%s 写的 %s 不对：这个参数不用写值，要就写上 %s，不要就不写", name, value, name)
		}
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return fmt.Sprintf("「%s」写得不对：参数名前面是一个减号，如 -config", arg)
	}
	return "参数写得不对，请对照上面的参数说明（" + msg + "）"
}
