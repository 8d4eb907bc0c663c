package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/wechat"
	"gridbot/config"
	"gridbot/prompts"
	"gridbot/storage"
	"gridbot/understand"
)

// cmdRun is `gridbot run -config FILE`: the bot in real WeChat groups.
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	var acceptUin int64
	var verbose bool
	cfg, rfs, path, err := configFlag("run", "[-accept-uin N] [-v]", args, stderr, func(fl *flag.FlagSet) {
		fl.Int64Var(&acceptUin, "accept-uin", 0, "确实换了机器人微信号时，写报警里给的新号的数字（Uin）")
		fl.BoolVar(&verbose, "v", false, "在终端上运行时，英文的日志也显示在终端上（不加时写在日志文件里，启动时说在哪；用 systemd 运行时日志都在 journalctl 里）")
	})
	if err != nil {
		return err
	}
	log, logPath, closeLog := runLog(verbose, isTerminal(stderr), stderr, log, cfg.WeChat.Account)
	defer closeLog()
	return runWeChat(ctx, runOptions{Config: cfg, RosterFS: rfs, Terminal: stderr, Logger: log, LogPath: logPath, AcceptUin: acceptUin,
		Command: commandLine(invokedAs(), "run", "-config", path)})
}

// configFlag parses the flags of a command that takes a required -config
// FILE (and those more adds, shown after it in the usage line as
// moreSynopsis), and loads that file; path is the file's name.
func configFlag(name, moreSynopsis string, args []string, stderr io.Writer, more func(*flag.FlagSet)) (cfg *config.Config, rfs fs.FS, path string, err error) {
	fl := newFlags(name, strings.TrimSpace(name+" -config FILE "+moreSynopsis), stderr)
	cfgPath := fl.String("config", "", "配置文件（必填；从 config.example.yaml 复制一份来改）")
	if more != nil {
		more(fl)
	}
	if err := parseFlags(fl, args); err != nil {
		return nil, nil, "", err
	}
	if *cfgPath == "" {
		fl.Usage()
		return nil, nil, "", fmt.Errorf("%s: 请用 -config 写上配置文件，例如 %s；还没有的，复制 config.example.yaml 改成自己的镇（见 README「3. 配置文件」）",
			name, commandLine(invokedAs(), name, "-config", "我的配置.yaml"))
	}
	cfg, rfs, err = loadConfig(*cfgPath)
	return cfg, rfs, *cfgPath, err
}

// runOptions are what runWeChat needs; tests fill in the fakes.
type runOptions struct {
	Config   *config.Config
	RosterFS fs.FS
	// Terminal shows the login steps and the QR code.
	Terminal io.Writer
	Logger   *slog.Logger
	// LogPath is the file Logger writes to (runLog), told on the terminal
	// after the login line; "" when it writes to the terminal (the journal).
	LogPath string
	// HTTP carries WeChat's requests; nil: the real WeChat. Tests: a fake.
	HTTP http.RoundTripper
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Interval and Poll override the outbound pacing (tests).
	Interval, Poll time.Duration
	// Started, when set, is called with the transport before it runs.
	Started func(*wechat.Transport)
	// Healthz, when set, is told the address /healthz is served on.
	Healthz func(addr string)
	// AcceptUin lets this WeChat account serve although another served
	// before (-accept-uin).
	AcceptUin int64
	// Command is the command line that started this process (run, or
	// check), for the hints to start it again: after Redis is fixed, and
	// with -accept-uin (run); default "gridbot run -config 配置文件".
	Command string
}

// runWeChat wires the pipeline to the WeChat transport and runs until ctx
// ends.
func runWeChat(ctx context.Context, o runOptions) error {
	cfg := o.Config
	if err := needRedis(cfg); err != nil {
		return err
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	late := &lateTransport{}
	a, err := app.Open(app.Options{Config: cfg, RosterFS: o.RosterFS, Logger: o.Logger, Self: invokedAs(),
		Direct: late.SendNow, Friends: late.Friend, Troubles: late.Troubles})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := preflight(ctx, a, o); err != nil {
		return err
	}
	loadScripts(ctx, a, o.Logger)
	if cfg.LLM.Enabled {
		defer probeLLMLater(ctx, a, o)()
	}
	scopes, villages := servedScopes(cfg)
	defer startServing(ctx, a.Store, scopes, o)()
	tr := newTransport(a, o, scopes, villages)
	late.tr = tr
	if o.Started != nil {
		o.Started(tr)
	}
	// the health page first: a port in use stops run before it says it
	// logs in
	if addr := cfg.WeChat.Healthz; addr != "off" {
		stop, err := serveHealthz(addr, tr.HealthHandler(), o)
		if err != nil {
			return err
		}
		defer stop()
	}
	fmt.Fprintf(o.Terminal, "网格小助手：正在登录微信（账号 %s）。按 Ctrl+C 退出。\ngridbot run: logging in to WeChat (account %s). Ctrl+C to stop.\n",
		cfg.WeChat.Account, cfg.WeChat.Account)
	if o.LogPath != "" {
		fmt.Fprintf(o.Terminal, logFileNote, o.LogPath)
	}
	if cfg.WeChat.TownshipOn() {
		// The account that serves the township also runs the scheduled
		// jobs; their effects are idempotent, so a second one would only
		// repeat work, never messages.
		stop, err := startScheduler(ctx, a, o)
		if err != nil {
			return err
		}
		defer stop()
	}
	// Ctrl+C or systemctl stop: the messages already received are handled
	// first, which can take a while; say so, or the volunteer presses again.
	// The line runs on its own goroutine (context.AfterFunc): a Run that
	// returns at once would otherwise print "stopped" before "stopping".
	said := make(chan struct{})
	stopping := context.AfterFunc(ctx, func() { fmt.Fprint(o.Terminal, stepStopping); close(said) })
	err = tr.Run(ctx)
	if !stopping() { // under way or done: it comes first
		<-said
	}
	fmt.Fprint(o.Terminal, stepStopped)
	return err
}

// lateTransport lets the app, opened before the transport it sends
// through exists, reach it once runWeChat has made it.
type lateTransport struct{ tr *wechat.Transport }

// SendNow sends out at once (app.Options.Direct).
func (l *lateTransport) SendNow(ctx context.Context, out bot.Outbound) error {
	return l.tr.SendNow(ctx, out)
}

// Troubles says in Chinese what of the transport does not work now
// (app.Options.Troubles): its health's problems; nothing before it runs.
func (l *lateTransport) Troubles(ctx context.Context) []string {
	if l.tr == nil {
		return nil
	}
	return l.tr.Health(ctx).ProblemsZH
}

// Friend tells whether address is a friend of the account
// (app.Options.Friends); nothing is known before the transport is made.
func (l *lateTransport) Friend(villageName, address string) (friend, known bool) {
	if l.tr == nil { // not running yet
		return false, false
	}
	return l.tr.Friend(villageName, address)
}

// startServing claims the scopes this account serves, and renews the
// claims, in the background (serve); stop ends the claims and returns
// once they are ended.
func startServing(ctx context.Context, st leases, scopes []storage.Scope, o runOptions) (stop func()) {
	serving := make(chan struct{})
	serveCtx, stopServing := context.WithCancel(ctx)
	go func() {
		defer close(serving)
		t := time.NewTicker(leaseTTL / 3)
		defer t.Stop()
		serve(serveCtx, st, o.Config.WeChat.Account, scopes, serveIO{Term: o.Terminal, Log: o.Logger, Now: o.Now, Tick: t.C})
	}()
	return func() {
		stopServing()
		<-serving
	}
}

// newTransport makes the WeChat transport of a's pipeline for the scopes
// (and villages) this account serves.
func newTransport(a *app.App, o runOptions, scopes []storage.Scope, villages []string) *wechat.Transport {
	cfg, log := o.Config, o.Logger
	route, scopeOf := outboundScopes(cfg, scopes[0])
	return wechat.New(wechat.Options{
		Config:     cfg,
		Handler:    a.Handler,
		Outbox:     storage.NewOutbox(a.Store, storage.OutboxOptions{Scopes: scopes, Now: o.Now, Route: route, Loc: a.Config.Location()}),
		State:      a.Store.WeChat(cfg.WeChat.Account),
		Replies:    storage.NewReplies(a.Store, scopeOf),
		Identities: wechat.NewIdentities(a.Dir, villages, a.People),
		IDs:        a.Router,
		Alarm:      a.Alarm,
		LLM:        llmHealth(cfg, a.Reader),
		Alerts: wechat.NewAlerter(wechat.AlerterOptions{
			URL: cfg.AlertURL(), Kind: cfg.WeChat.Alert.Kind, Account: cfg.WeChat.Account, Logger: log, Now: o.Now,
		}),
		// Redis gone is told when a command finds it, not at the next round.
		StoreChanges: a.Store.Changes(),
		Terminal:     o.Terminal,
		HTTP:         o.HTTP,
		Now:          o.Now,
		Interval:     o.Interval,
		Poll:         o.Poll,
		Logger:       log,
		AcceptUin:    o.AcceptUin,
		Command:      o.Command,
	})
}

// outboundScopes are the scopes outbound messages are placed in. route
// names the scope a message is sent from: a grid group's from its
// village's (the account serving it), anything else from where it was
// queued (""). scopeOf places the transport's own replies: as route
// does, else the township's for its chats when this account serves the
// township, else own (drained by this process whatever the settings).
func outboundScopes(cfg *config.Config, own storage.Scope) (route, scopeOf func(bot.Outbound) storage.Scope) {
	township := storage.TownshipScope(cfg.Township.Name)
	route = func(out bot.Outbound) storage.Scope {
		if v, _, ok := cfg.GridOfGroup(out.To); ok && out.Kind == bot.Group {
			return storage.VillageScope(v)
		}
		return ""
	}
	scopeOf = func(out bot.Outbound) storage.Scope {
		if sc := route(out); sc != "" {
			return sc
		}
		if out.Kind == bot.Group && cfg.WeChat.TownshipOn() && cfg.Township.Chat(out.To) {
			return township
		}
		return own
	}
	return route, scopeOf
}

// startScheduler runs the scheduled jobs in the background until ctx
// ends or stop is called; stop returns once the scheduler has.
func startScheduler(ctx context.Context, a *app.App, o runOptions) (stop func(), err error) {
	sched, err := a.Scheduler(a.Config.Schedules.CatchUp.Std(), o.Logger)
	if err != nil {
		return nil, err
	}
	done := make(chan struct{})
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		defer close(done)
		_ = sched.Run(ctx, o.Now, time.Minute)
	}()
	return func() {
		cancel()
		<-done
	}, nil
}

// servedScopes lists the scopes this account serves: its villages', then
// the township's when it serves the township; villages are the villages'
// names.
func servedScopes(cfg *config.Config) (scopes []storage.Scope, villages []string) {
	served := cfg.ServedVillages()
	scopes = make([]storage.Scope, 0, len(served)+1)
	villages = make([]string, len(served))
	for i, v := range served {
		scopes = append(scopes, storage.VillageScope(v.Name))
		villages[i] = v.Name
	}
	if cfg.WeChat.TownshipOn() {
		scopes = append(scopes, storage.TownshipScope(cfg.Township.Name))
	}
	return scopes, villages
}

// serveHealthz serves the health page on addr until stop is called.
func serveHealthz(addr string, h http.Handler, o runOptions) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		where := "配置里的 wechat.healthz"
		if at := strings.TrimSuffix(o.Config.At("wechat.healthz"), "："); at != "" {
			where = "配置文件" + at + "（wechat: 下面的 healthz:）"
		}
		return nil, fmt.Errorf("run: 健康检查的地址 %s 打不开：多半是另一个 gridbot 还在运行（用 systemd 运行的，systemctl status gridbot 看得到；要手动试就先 systemctl stop gridbot），"+
			"或别的程序占了这个端口。停掉它，或把%s改成别的端口（如 127.0.0.1:9091），不用健康检查的写 off（%w）", addr, where, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	o.Logger.Info("health page", "url", "http://"+ln.Addr().String()+"/healthz")
	if o.Healthz != nil {
		o.Healthz(ln.Addr().String())
	}
	return func() { srv.Close() }, nil
}

// preflight checks what the bot depends on before it logs in. Redis must
// answer; what else is wrong — Redis that would lose writes in a power
// cut, a holiday list without this year, no way to be told that the bot
// went offline — is told in the terminal or the log, and the bot runs on;
// no alert webhook alone is a hint (the log and /healthz tell the same).
// The model is checked apart (probeLLM): run and sandbox do not wait for
// its answer.
func preflight(ctx context.Context, a *app.App, o runOptions) error {
	cfg, log := o.Config, o.Logger
	if err := a.Store.Ping(ctx); errors.Is(err, storage.ErrAuth) {
		// Redis runs: the steps to install it would mislead.
		fmt.Fprintf(o.Terminal, stepRedisAuth, redactedURL(cfg.Redis.URL), redisPasswordWhy(cfg), cfg.Redis.PasswordEnv, cmp.Or(o.Command, "gridbot"))
		return fmt.Errorf("Redis 不认密码，请按上面的步骤处理。原因：%w", err)
	} else if err != nil {
		// Nothing works without Redis: say what to do and stop, rather
		// than wait for it without telling anyone.
		fmt.Fprintf(o.Terminal, stepRedisDown, redactedURL(cfg.Redis.URL), cmp.Or(o.Command, "gridbot"))
		return fmt.Errorf("连不上 Redis，请按上面的步骤处理。原因：%w", err)
	}
	if err := a.Store.Writable(ctx); errors.Is(err, storage.ErrRefused) {
		// It answers PING: the steps to install or start it would mislead.
		zh, fix := wechat.Refusal(storage.RefusalOf(err))
		fmt.Fprintf(o.Terminal, stepRedisRefuses, redactedURL(cfg.Redis.URL), zh, fix, cmp.Or(o.Command, "gridbot"))
		return fmt.Errorf("Redis 不肯写入，请按上面的步骤处理。原因：%w", err)
	}
	for _, v := range cfg.Villages {
		// reports kept by an older gridbot are not in the index the timed jobs walk
		n, rebuilt, err := a.Store.EnsureOpen(ctx, storage.VillageScope(v.Name))
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		if rebuilt && n > 0 { // an older gridbot's data: say so; a new install has none
			log.Info("open reports indexed", "village", v.Name, "open", n)
		}
		// claims approved by an older gridbot are not in their household's index the reviews read
		if n, built, err := a.Store.EnsureApprovedOf(ctx, storage.VillageScope(v.Name)); err != nil {
			return fmt.Errorf("run: %w", err)
		} else if built && n > 0 {
			log.Info("approved claims indexed by household", "village", v.Name, "approved", n)
		}
	}
	// notices posted by an older gridbot are not in the indexes a 收到 reads
	if n, built, err := a.Store.EnsureNoticeIndexes(ctx, storage.TownshipScope(cfg.Township.Name), o.Now()); err != nil {
		return fmt.Errorf("run: %w", err)
	} else if built && n > 0 {
		log.Info("notices indexed for acknowledgements", "notices", n)
	}
	// The roster's problems the log warns of (English) are told in Chinese
	// too, as roster -import tells them.
	tellRoster(o.Terminal, a)
	if aof, fsync, ok := a.Store.Durability(ctx); ok && (!aof || fsync == "no") {
		fmt.Fprint(o.Terminal, stepNoAOF)
		log.Warn("Redis does not keep writes on disk: a power cut loses reports, points and queued messages; turn on appendonly with appendfsync always (README, Redis)",
			"appendonly", aof, "appendfsync", fsync)
	} else if ok && fsync != "always" {
		fmt.Fprintf(o.Terminal, stepEverysec, fsync)
		log.Info("Redis syncs its AOF every second: a power cut may lose the last second's acknowledged writes; appendfsync always loses none (README, Redis)",
			"appendfsync", fsync)
	}
	if policy := a.Store.Evicts(ctx); policy != "" {
		fmt.Fprintf(o.Terminal, stepEvicts, policy)
		log.Warn("Redis deletes keys once its memory reaches maxmemory: reports, points and queued messages would vanish; set maxmemory-policy noeviction (README, Redis)",
			"maxmemory_policy", policy)
	}
	if u, err := url.Parse(cfg.Redis.URL); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			fmt.Fprintf(o.Terminal, stepRedisURLPassword, cfg.At("redis.url"), cfg.Redis.PasswordEnv)
			log.Warn("redis.url holds the Redis password: the config file is copied and backed up; move it to the variable named by redis.password_env (README, Redis)",
				"url", redactedURL(cfg.Redis.URL), "var", cfg.Redis.PasswordEnv)
		}
	}
	if names := examplePhones(cfg); len(names) > 0 {
		// A township made from the example that kept its made-up numbers:
		// an officer's 指派 #R 部门 would give them to villagers.
		fmt.Fprintf(o.Terminal, stepExamplePhones, cfg.At("township.departments"), strings.Join(names, "、"))
		log.Warn("township.departments keeps the example's made-up phone numbers: replies that refer an item to a department give them out; write the real office numbers",
			"departments", names)
	}
	if exampleRoster(cfg, o.RosterFS) {
		// A township made from the example that still runs on the
		// example's made-up people: its 网格长, 镇干部 and 管理员 too.
		fmt.Fprintf(o.Terminal, stepExampleRoster, cfg.At("roster"), cfg.Roster)
		log.Warn("the roster is the bundled example's made-up people, though the township or village is not the example's: import the village's own (README, 4. roster)",
			"roster", cfg.Roster)
	}
	tellUnfilled(o.Terminal, log, cfg)
	if years := cfg.HolidaysMissing(o.Now()); len(years) > 0 {
		fmt.Fprintf(o.Terminal, stepHolidays, joinYears(years))
		log.Warn("sla.business_days is on but sla.holidays lacks the Spring Festival or National Day of these years: only weekends count as days off; add the State Council's holidays and 调休 workdays",
			"years", years)
	}
	if hook := cfg.AlertURL(); hook == "" && cfg.WeChat.Healthz == "off" {
		// Then nothing but the log tells that the bot went offline.
		fmt.Fprintf(o.Terminal, stepNoAlertNoHealthz, cfg.WeChat.Alert.URLEnv)
		log.Warn("no alert webhook and no /healthz (wechat.healthz: off): only this log tells that the bot is offline; set the variable named by wechat.alert.url_env, or turn wechat.healthz on",
			"var", cfg.WeChat.Alert.URLEnv)
	} else if hook == "" {
		// Optional: /healthz and the log tell the same; a hint, not a warning.
		fmt.Fprintf(o.Terminal, stepNoAlert, cfg.WeChat.Alert.URLEnv, cfg.WeChat.Healthz)
		log.Info("no alert webhook (optional): alerts go to this log and /healthz only; set the variable named by wechat.alert.url_env to have them posted",
			"var", cfg.WeChat.Alert.URLEnv)
	} else if !config.WebAddress(hook) {
		// Never shown: the address holds the webhook's key.
		fmt.Fprintf(o.Terminal, stepBadAlert, cfg.WeChat.Alert.URLEnv)
		log.Warn("the alert webhook is no http(s) address: alerts fail and go to this log only; set the variable named by wechat.alert.url_env to the address as copied",
			"var", cfg.WeChat.Alert.URLEnv)
	}
	return nil
}

// examplePhones names the departments of cfg whose phone is a made-up
// number of the bundled example's, when cfg is another township's or
// another village's (the example itself keeps them: the sandbox and the
// tests run on it). A volunteer who wrote his village into the example
// often leaves the township's name as it was.
func examplePhones(cfg *config.Config) []string {
	ex := madeFromExample(cfg)
	if ex == nil {
		return nil
	}
	made := map[string]bool{}
	for _, d := range ex.Township.Departments {
		made[d.Phone] = true
	}
	var names []string
	for _, d := range cfg.Township.Departments {
		if made[d.Phone] {
			names = append(names, d.Name)
		}
	}
	return names
}

// madeFromExample is the bundled example's config when cfg is another
// township's or another village's, nil when cfg is the example itself
// (the sandbox and the tests run on it, made-up numbers and people too).
func madeFromExample(cfg *config.Config) *config.Config {
	data, err := example.ReadFile("config.example.yaml")
	if err != nil {
		return nil
	}
	ex, err := config.Parse(data)
	if err != nil || ex.Township.Name == cfg.Township.Name && slices.EqualFunc(ex.Villages, cfg.Villages,
		func(a, b config.Village) bool { return a.Name == b.Name }) {
		return nil
	}
	return ex
}

// exampleRoster says whether cfg, another township's or village's, still
// names the bundled example's register (as copied, roster:
// example/roster.csv, or the file copied elsewhere): its one village
// takes every name of a roster with no 村 column, so nothing else fails,
// and the bot would go live with made-up people as its cadres.
func exampleRoster(cfg *config.Config, rfs fs.FS) bool {
	if rfs == nil || madeFromExample(cfg) == nil {
		return false
	}
	got, err := fs.ReadFile(rfs, path.Clean(cfg.Roster))
	if err != nil {
		return false
	}
	want, err := example.ReadFile("example/roster.csv")
	return err == nil && bytes.Equal(got, want)
}

// stepExampleRoster is shown when a township made from the example still
// runs on the example's register.
const stepExampleRoster = "注意：%sroster: %s 还是示例镇的花名册（张三、李四这些是虚构的人，网格长、镇干部、管理员也是）：" +
	"机器人会按它认人。请把 roster: 改成自己的文件名（如 roster: 花名册.xlsx），导入村里的花名册（README「4. 花名册」）。\n"

// tellUnfilled tells, once at start-up, of the procedures whose amount
// is still the example's commented line with ○○ for the figure: a
// township going live from the example should fill them in (or delete
// the lines). Villagers asking those amounts are referred to the grid
// leader meanwhile, so it is a hint (check does not fail on it), and the
// bot runs on.
func tellUnfilled(term io.Writer, log *slog.Logger, cfg *config.Config) {
	names := cfg.UnfilledAmounts()
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(term, stepUnfilledAmounts, strings.Join(names, "、"))
	log.Info("procedures keep the example's amounts with ○○ for the figure, commented out: villagers asking them are referred to the grid leader; fill in this county's figures and uncomment them, or delete the lines",
		"procedures", names)
}

// needRedis refuses a config without redis.url: run keeps everything in
// Redis, and check checks for run.
func needRedis(cfg *config.Config) error {
	if cfg.Redis.URL == "" {
		write := "在配置里顶格写 redis:，下一行空两格写 url: redis://127.0.0.1:6379/0"
		if at := strings.TrimSuffix(cfg.At("redis.url"), "："); at != "" {
			write = "把配置文件" + at + "（redis: 下面的 url:）改成 url: redis://127.0.0.1:6379/0（改这一行，不要另写一行 redis.url: …）"
		}
		return errors.New("配置里的 redis.url 是空的：gridbot run 要把事项、积分和待发消息存在 Redis 里。" +
			"请装好 Redis 并打开 AOF（README「Redis（必须开 AOF）」），再" + write)
	}
	return nil
}

// pingRedis checks that the Redis at url (the config's, or -redis) answers,
// and says what to do when it does not, naming the address tried.
func pingRedis(ctx context.Context, st *storage.Store, cfg *config.Config, url string) error {
	err := st.Ping(ctx)
	if errors.Is(err, storage.ErrAuth) {
		return fmt.Errorf("Redis 不认密码：%s。请把 Redis 的密码放进环境变量 %s（README「Redis（必须开 AOF）」）。原因：%w",
			redisPasswordWhy(cfg), cfg.Redis.PasswordEnv, err)
	}
	if err != nil {
		return fmt.Errorf("连不上 Redis（%s）：请确认 redis-server 在运行（systemctl status redis-server），"+
			"Redis 地址（-redis 或配置里的 redis.url）写对了，有密码的把密码放在环境变量 %s 里（README「Redis（必须开 AOF）」）。原因：%w",
			redactedURL(url), cfg.Redis.PasswordEnv, err)
	}
	return nil
}

// joinYears writes years as "2026、2027".
func joinYears(years []int) string {
	s := make([]string, len(years))
	for i, y := range years {
		s[i] = strconv.Itoa(y)
	}
	return strings.Join(s, "、")
}

// leaseTTL is how long an account's claim to serve a scope lasts without
// renewal; serve renews it every third of that.
const leaseTTL = 3 * time.Minute

// leases are the serving leases serve claims, renews and ends
// (*storage.Store).
type leases interface {
	Serve(ctx context.Context, sc storage.Scope, account string, ttl time.Duration) (owner string, err error)
	Unserve(ctx context.Context, sc storage.Scope, account string) error
}

// serveIO is where serve reports, its clock and its ticks (a ticker of
// leaseTTL/3 in run).
type serveIO struct {
	Term io.Writer
	Log  *slog.Logger
	Now  func() time.Time
	Tick <-chan time.Time
}

// serve claims the scopes this account serves and renews the claims at
// each tick until ctx ends, then ends them. Another live account serving
// one of them (overlapping wechat.villages, or two accounts with
// wechat.township: true) would answer every message there twice: that is
// told in the terminal and the log, once per other account. Renewals
// failing (Redis down) are logged once when they start failing and once
// when they work again, not each tick.
func serve(ctx context.Context, st leases, account string, scopes []storage.Scope, o serveIO) {
	told := map[storage.Scope]string{}
	out := &bot.Outage{Log: o.Log, Now: o.Now, Name: "run: serving lease",
		What: "run: cannot renew the leases on the chats this account serves; it goes on answering them, but another account serving them too goes unnoticed until this works again (Redis down? is redis-server running? see README, Redis)"}
	for ctx.Err() == nil {
		var errs []error
		for _, sc := range scopes {
			owner, err := st.Serve(ctx, sc, account, leaseTTL)
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("%s: %w", sc, err))
			case owner == account:
				delete(told, sc)
			case told[sc] != owner:
				told[sc] = owner
				fmt.Fprintf(o.Term, stepServedTwice, scopeLabel(sc), owner)
				o.Log.Error("run: another bot account serves these chats too, so every message there is answered twice; give each account its own wechat.villages and only one wechat.township: true",
					"scope", sc, "other_account", owner)
			}
		}
		if ctx.Err() == nil {
			out.Tick(ctx, errors.Join(errs...))
		}
		select {
		case <-ctx.Done():
		case <-o.Tick:
		}
	}
	// A clean stop ends the leases at once, so an account taking the chats
	// over need not wait for them to lapse.
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	for _, sc := range scopes {
		if err := st.Unserve(stop, sc, account); err != nil {
			o.Log.Warn("run: end the serving lease; it lapses by itself", "scope", sc, "after", leaseTTL, "err", err)
		}
	}
}

// scopeLabel names a scope's chats for the operator.
func scopeLabel(sc storage.Scope) string {
	kind, name, _ := strings.Cut(string(sc), ":")
	if kind == "t" {
		return name + "的工作群和应急值班群"
	}
	return name + "的网格群"
}

// stepStopping and stepStopped frame a shutdown.
const (
	stepStopping = "正在停止：先处理完已经收到的消息（最多 30 秒），请稍等。/ Stopping: finishing the messages already received (at most 30 s)…\n"
	stepStopped  = "网格小助手已停止。没发出去的消息存在 Redis 里，下次启动接着发。/ gridbot stopped; unsent messages wait in Redis for the next start.\n"
)

// stepServedTwice is shown when another account serves the same chats.
const stepServedTwice = "注意：%s 已经由另一个微信号（%s）在服务，两个号同时服务会把每条消息回复两遍。" +
	"请检查两个号的配置：wechat.villages 不要重复，wechat.township: true 只给一个号（README「几个号」）。\n"

// stepExamplePhones is shown when a township's departments keep the
// example's made-up phone numbers.
const stepExamplePhones = "注意：%stownship.departments 里 %s 的电话还是示例里虚构的号码：镇干部把事项转交部门时，回复里的电话会给到群众。" +
	"请换成真实的办公电话，用不上的部门整个删掉（name、duty、phone 三行）。\n"

// stepUnfilledAmounts is shown when procedures keep the example's
// commented ○○ amounts.
const stepUnfilledAmounts = "提示：办事指南（procedures）里 %s 的金额还是示例留的 ○○，没有填：村民问这几项多少钱，机器人只能请网格长答复。" +
	"请照本县当年的文件把 ○○ 换成数字、去掉那几行行首的 #；不打算写金额的，把那几行注释删掉。\n"

// stepRedisDown is shown when Redis does not answer at start: the commands
// of README, "Redis（必须开 AOF）".
const stepRedisDown = `连不上 Redis（redis.url：%s）。事项、积分和待发消息都存在 Redis 里，没有它机器人不能启动。
请在本机装好 Redis、打开 AOF 并启动（README「Redis（必须开 AOF）」）：
  apt install redis-server
  # 把 /etc/redis/redis.conf 里已有的两行改成 appendonly yes、appendfsync always（改没有 # 的那一行，不是另加一行）
  systemctl restart redis-server
  redis-cli ping        # 应显示 PONG
然后重新运行 %s。Redis 在别的地址或有密码的话，请改配置里的 redis.url 和 redis.password_env。
`

// stepRedisAuth is shown when Redis runs but refuses the password.
// refusedWrites says, for the sandbox's page, why st's Redis answers but
// takes no write and what to do; "" when it takes them (or is down: the
// page tells that from the failing calls).
func refusedWrites(st *storage.Store) func(ctx context.Context) string {
	return func(ctx context.Context) string {
		err := st.Check(ctx)
		if !errors.Is(err, storage.ErrRefused) {
			return ""
		}
		zh, fix := wechat.Refusal(storage.RefusalOf(err))
		return "Redis 在运行，但不肯写入：" + zh + "。" + fix
	}
}

const stepRedisRefuses = `Redis 在运行，但不肯写入（redis.url：%s）：%s。
%s
然后重新运行 %s。
`

const stepRedisAuth = `Redis 在运行，但不认密码（redis.url：%s）：%s。
请把 Redis 的密码（/etc/redis/redis.conf 里 requirepass 后面写的）放进环境变量 %[3]s：
  export %[3]s='密码'
用 systemd 的写进 /etc/gridbot.env（权限 600），不要写进配置文件。然后重新运行 %[4]s。
`

// stepRedisURLPassword is shown when redis.url has the password in it,
// which README says belongs in the environment, not the config file.
const stepRedisURLPassword = "注意：%sredis.url 里写了 Redis 的密码：配置文件常被拷来拷去、备份，密码不该写在里面。" +
	"请把地址里的「:密码@」删掉（写成 redis://127.0.0.1:6379/0），把密码放进环境变量 %[2]s（export %[2]s='密码'；用 systemd 的写进 /etc/gridbot.env），再运行一次 check。\n"

// redisPasswordWhy says why Redis refused the password: none given, or
// the one given is wrong.
func redisPasswordWhy(cfg *config.Config) string {
	if cfg.RedisPassword() == "" {
		return fmt.Sprintf("这个 Redis 设了密码，可环境变量 %s 是空的", cfg.Redis.PasswordEnv)
	}
	return fmt.Sprintf("环境变量 %s 里的密码不对", cfg.Redis.PasswordEnv)
}

// redactedURL is a Redis URL without its password, for the terminal.
func redactedURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unreadable)"
	}
	return u.Redacted()
}

// stepNoAOF is shown when Redis would lose acknowledged writes in a power
// cut. AOF is turned on in the running Redis first (it writes what it
// holds into the new AOF), then in redis.conf for the next start: Redis 7
// restarted with appendonly yes on data kept without AOF comes up from a
// new, empty AOF (dump.rdb ignored, and overwritten at its next save).
const stepNoAOF = "注意：Redis 没有把数据及时写到硬盘（没开 AOF 或 appendfsync no），断电会丢事项、积分和待发消息。" +
	"请先在正在运行的 Redis 上打开（马上生效，已有的数据一起写进去，不用重启）：redis-cli CONFIG SET appendonly yes，再 redis-cli CONFIG SET appendfsync always。" +
	"然后按 README「Redis（必须开 AOF）」在 /etc/redis/redis.conf 里把已有的 appendonly no 改成 appendonly yes、没有 # 的 appendfsync 那一行改成 appendfsync always（以后重启也这样）。" +
	"顺序不要反：只改文件就重启 Redis，它会从一个空的 AOF 起来，已登记的事项、积分都看不到了。然后重新运行 check。\n"

// stepEverysec is shown when Redis writes its AOF to disk every second,
// not at every write: acceptable (README), so a hint.
const stepEvicts = "注意：Redis 设了内存上限（maxmemory），用满时按 maxmemory-policy %s 删掉旧的键：事项、积分和待发消息会悄悄不见。" +
	"请在 /etc/redis/redis.conf 里把 maxmemory-policy 那一行改成 maxmemory-policy noeviction（用满时不删、拒绝写入，机器人会报警），" +
	"再 systemctl restart redis-server（或 redis-cli CONFIG SET maxmemory-policy noeviction 立即生效）。\n"

const stepEverysec = "提示：Redis 每秒才把数据写到硬盘一次（appendfsync %[1]s）：断电时，最后一秒里回过“已登记”的事项、积分可能丢。" +
	"要一条不丢，按 README「Redis（必须开 AOF）」改成 appendfsync always：在 /etc/redis/redis.conf 里改没有 # 的 appendfsync %[1]s 那一行" +
	"（只去掉 # appendfsync always 前面的 # 不管用，后面那行还在，后写的算数），再 systemctl restart redis-server。\n"

// stepHolidays is shown when business days are on but a year's holidays
// are not listed.
const stepHolidays = "注意：期限按工作日算（sla.business_days: true），但 sla.holidays 里没有 %s 年的春节或国庆，" +
	"这一年的节假日会按工作日算期限。请按国务院办公厅的通知补上 holidays 和调休上班的 workdays（README「定时任务」）。\n"

// stepNoAlert is shown when no alert webhook is set: optional, as the log
// and /healthz (at the address filled in) tell the same; a hint.
const stepNoAlert = "提示：没有设报警地址（环境变量 %s 是空的）。可以不设：机器人掉线、要重新扫码、消息发不出去时，" +
	"写在日志里和 http://%s/healthz 上，要有人去看。想在企业微信群里收到报警，" +
	"按 README「5. 看一遍配置里的 wechat: 部分」把群机器人的 Webhook 地址放进这个环境变量。\n"

// stepNoAlertNoHealthz is shown when neither an alert webhook nor /healthz
// would tell that the bot went offline: a warning.
const stepNoAlertNoHealthz = "注意：没有设报警地址（环境变量 %s 是空的），健康检查也关了（wechat.healthz: off）：" +
	"机器人掉线、要重新扫码时只写在日志里，没人会知道。请按 README「5. 看一遍配置里的 wechat: 部分」把企业微信群机器人的 Webhook 地址放进这个环境变量，" +
	"或把 wechat.healthz 改回 127.0.0.1:9090。\n"

// stepBadAlert is shown when the alert webhook is set but is no address.
const stepBadAlert = "注意：报警地址（环境变量 %[1]s）不是 https:// 开头的网址，报警发不出去，只写在日志里。" +
	"请把企业微信群机器人的 Webhook 地址整个复制进去（https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…，前后不要有空格），" +
	"再运行一次 check（README「5. 看一遍配置里的 wechat: 部分」）。\n"

// stepLLMDown is shown when the configured model does not answer at start.
const stepLLMDown = "注意：大模型没有正常回答（%s；地址 %s，模型 %s）。先只用规则理解群消息，大模型恢复后自动用上。" +
	"请检查 llm.base_url、llm.model%s（README「接大模型」）。\n"

// stepLLMAsking is shown by check before it waits for the model's answer.
const stepLLMAsking = "正在问大模型 %s 一条消息，看它能不能用（最多等%s）……\n"

// stepLLMUp is shown when the model answered at start: how long one
// message took, against llm.timeout.
const stepLLMUp = "大模型能用：%s 读一条消息用了%s（每条最多等%s）。\n"

// stepLLMSlow is shown when the model answered, but in more than half of
// llm.timeout.
const stepLLMSlow = "注意：大模型回答得慢，读一条消息用了%s，接近每条最多等的%s：忙的时候会有消息等满时间后改用规则。" +
	"请换快一些的模型，或把 llm.timeout 调大（README「接大模型」）。\n"

// stepLLMOver is shown when the model answered, but the time measured is
// more than llm.timeout: the wait is cut at the timeout, so the rest was
// spent on this machine (a process starved of CPU measures its own
// waiting for a turn), not all of it by the model.
const stepLLMOver = "注意：大模型答上来了，但这次量到用了%s，比每条最多等的%s还长：超过的时间多半花在这台电脑上（太忙，程序没轮上运行），不全是模型慢。" +
	"请看看这台电脑是不是太忙（top 看 CPU 和内存），空一些后再运行一次 check；还是超过%s的一半，就换快一些的模型，或把 llm.timeout 调大（README「接大模型」）。\n"

// probeLLMLater runs probeLLM in the background, so that a model slow to
// answer, or not answering at all, does not hold up start by up to
// llm.timeout: meanwhile /healthz says "checking", and messages are read
// as they would be without the check. The returned wait blocks until the
// check has ended, which ctx ending cuts short.
func probeLLMLater(ctx context.Context, a *app.App, o runOptions) (wait func()) {
	var wg sync.WaitGroup
	wg.Go(func() { probeLLM(ctx, a, o) })
	return wg.Wait
}

// probeLLM asks the model about one message at start and tells the
// operator whether it answers, how fast, and if not, why in a few words.
// Cut short by ctx (the bot stopping), it tells nothing.
func probeLLM(ctx context.Context, a *app.App, o runOptions) {
	cfg, log := o.Config, o.Logger
	timeout := cfg.LLM.Timeout.Std()
	start := o.Now()
	err := a.Reader.Probe(ctx)
	took := o.Now().Sub(start)
	switch {
	case ctx.Err() != nil:
	case err != nil:
		tellLLMDown(o.Terminal, cfg, err)
		log.Warn("llm: the model does not answer; free text is read by the rules until it does",
			"base_url", cfg.LLM.BaseURL, "model", cfg.LLM.Model, "err", err)
	case took > timeout:
		fmt.Fprintf(o.Terminal, stepLLMOver, seconds(took), seconds(timeout), seconds(timeout))
		log.Warn("llm: the model answered, but the probe measured more than llm.timeout: the machine is busy (the process waited for CPU), not only the model slow",
			"model", cfg.LLM.Model, "ms", took.Milliseconds(), "timeout", timeout)
	case took > timeout/2:
		fmt.Fprintf(o.Terminal, stepLLMSlow, seconds(took), seconds(timeout))
		log.Warn("llm: the model answers, but slowly: near llm.timeout, busy hours will see messages wait it out and fall back to the rules",
			"model", cfg.LLM.Model, "ms", took.Milliseconds(), "timeout", timeout)
	default:
		fmt.Fprintf(o.Terminal, stepLLMUp, cfg.LLM.Model, seconds(took), seconds(timeout))
		log.Info("llm: the model answers", "base_url", cfg.LLM.BaseURL, "model", cfg.LLM.Model, "ms", took.Milliseconds())
	}
}

// tellLLMDown tells the operator on term, in Chinese, that the configured
// model did not answer, why in a few words (err, as Probe returned it),
// and what to check: the address, the model and the key, or that the
// key's variable is empty.
func tellLLMDown(term io.Writer, cfg *config.Config, err error) {
	key := ""
	switch {
	case !aboutKey(err):
		// a timeout, an endpoint down or failing: no key would mend it,
		// and an empty key's variable (Ollama needs none) would mislead
	case cfg.LLMKey() == "":
		key = fmt.Sprintf(" 和密钥：环境变量 %[1]s 是空的，要密钥的服务（DeepSeek、通义千问等）请先 export %[1]s=您的密钥（Ollama、vLLM 一般不用）", cfg.LLM.APIKeyEnv)
	default:
		key = fmt.Sprintf(" 和环境变量 %s 里的密钥", cfg.LLM.APIKeyEnv)
	}
	fmt.Fprintf(term, stepLLMDown, llmWhy(err, cfg.LLM.Timeout.Std()), cfg.LLM.BaseURL, cfg.LLM.Model, key)
}

// aboutKey says whether the endpoint's refusal may be the key's doing:
// HTTP 401 or 403, or a refusal of no status llmWhy words otherwise.
func aboutKey(err error) bool {
	var rejected *prompts.RejectedError
	if errors.As(err, &rejected) {
		switch rejected.Status {
		case http.StatusBadRequest, http.StatusPaymentRequired, http.StatusNotFound:
			return false
		}
		return true
	}
	return errors.Is(err, prompts.ErrRejected)
}

// llmHealth is what /healthz reports of the model: nil without one.
func llmHealth(cfg *config.Config, r *understand.Pipeline) func() understand.Health {
	if !cfg.LLM.Enabled {
		return nil
	}
	return r.Health
}

// seconds says d in seconds for the terminal: " 0.3 秒 ", " 8 秒 ".
func seconds(d time.Duration) string {
	if d < 100*time.Millisecond {
		return "不到 0.1 秒"
	}
	return " " + strconv.FormatFloat(d.Round(100*time.Millisecond).Seconds(), 'f', -1, 64) + " 秒"
}

// llmWhy says in a few Chinese words why the model did not answer; the
// log has the details.
func llmWhy(err error, timeout time.Duration) string {
	var throttled *prompts.ThrottledError
	var server *prompts.ServerError
	var rejected *prompts.RejectedError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return strings.TrimSpace(seconds(timeout)) + "内没有回答：模型太慢（会思考的模型请关掉思考）或服务卡住了；可以换快一些的模型，或把 llm.timeout 调大（最多 2m，要比 wechat.handle_timeout 短）"
	case errors.As(err, &rejected) && rejected.Status == http.StatusBadRequest:
		return "接口不认这样的请求（HTTP 400）：多半要改 llm.mode 或 llm.extra_body，服务说的原因在日志里"
	case errors.As(err, &rejected) && (rejected.Status == http.StatusUnauthorized || rejected.Status == http.StatusForbidden):
		return fmt.Sprintf("接口不认密钥（HTTP %d）：密钥不对、没设或过期了", rejected.Status)
	case errors.As(err, &rejected) && rejected.Status == http.StatusPaymentRequired:
		return "账户余额用完了（HTTP 402）：请先充值"
	case errors.As(err, &rejected) && rejected.Status == http.StatusNotFound:
		return "接口地址或模型名不对（HTTP 404）：地址要写到 /v1 为止，模型名照服务商写的（Ollama 先 ollama pull）"
	case errors.Is(err, prompts.ErrRejected):
		return "接口拒绝了请求：地址、模型名、密钥或设置不对，或者余额用完了"
	case errors.As(err, &throttled):
		return "接口限流，让过一会儿再问"
	case errors.Is(err, prompts.ErrNotAPI):
		return "地址回答的不是大模型接口（多半是一个网页）：llm.base_url 写错了（要写到 /v1 为止），或者这台机器上网要经过代理、要先登录"
	case errors.Is(err, prompts.ErrBadReply), errors.Is(err, understand.ErrInvalid):
		return "回答的不是要的格式"
	case errors.As(err, &server):
		return fmt.Sprintf("接口出错（HTTP %d），多半是服务那边的问题", server.Status)
	}
	return "连不上接口：服务没在运行，或 llm.base_url 的地址、端口写错了，本机的 Ollama 可以先运行 ollama list 看看"
}
