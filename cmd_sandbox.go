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
	"net"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/replay"
	"gridbot/bot/sandbox"
	"gridbot/config"
	"gridbot/scheduler"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/understand"
	"gridbot/village"
)

func cmdSandbox(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("sandbox", "sandbox [-config FILE] [-addr 127.0.0.1:8080] [-redis URL]", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例青山镇）")
	addr := fl.String("addr", "127.0.0.1:8080", "网页的地址（只在本机）；8080 被占用时换一个，如 127.0.0.1:8090")
	redisURL := fl.String("redis", "", redisFlagHelp)
	verbose := fl.Bool("v", false, "英文的运行日志也显示在终端上（不加时写在日志文件里，启动时说在哪）")
	cfg, rfs, bots, err := parseSimulatedFlags(fl, args, cfgPath, redisURL)
	if err != nil {
		return err
	}
	// Listen first: a busy port is told before anything else is opened.
	ln, err := sandbox.Listen(*addr)
	if err != nil {
		return err
	}
	defer ln.Close() // when Serve is not reached; after it, closing again is harmless
	log, logPath, closeLog := sandboxLog(*verbose, stderr, log, ln.Addr())
	defer closeLog()
	var srv *sandbox.Server
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log,
		Direct: func(ctx context.Context, o bot.Outbound) error { return srv.Send(ctx, o) }}, stderr)
	if err != nil {
		return err
	}
	defer a.Close()
	if cfg.LLM.Enabled {
		// As run does: whether free text is read with the model or by
		// the rules alone is the first thing one trying it wants to
		// know; told when known, without holding up the page.
		defer probeLLMLater(ctx, a, runOptions{Config: cfg, Terminal: stderr, Logger: log, Now: time.Now})()
	}
	sched, err := a.Scheduler(-1, log)
	if err != nil {
		return err
	}
	start, resumed := sandboxStart(ctx, sched, time.Now(), log)
	clock := replay.NewClock(start)
	// Redis lost and back (-redis) is told once on the terminal in
	// Chinese, as run tells it: the log's lines of it are English, one
	// per failing call. The tick runs every two seconds and before each
	// message and clock move, so it is the first to know.
	store := &storeWatch{Redis: redisShown(*redisURL), Log: logPath, Wall: time.Now}
	tick := func(ctx context.Context, t time.Time) error {
		err := sched.RunDue(ctx, t)
		store.Tell(err, stderr)
		return err
	}
	if cfg.LLM.Enabled {
		// The model paused, and back, is told once on the terminal in
		// Chinese, as run tells it: the log's lines are English.
		var watch understand.Watch
		runDue := tick
		tick = func(ctx context.Context, t time.Time) error {
			watch.Tell(a.Reader.Health(), stderr)
			return runDue(ctx, t)
		}
	}
	srv = sandbox.New(sandbox.Options{
		Handler: a.Handler, Outbox: a.Outbox(clock.Now), Clock: clock,
		Tick:     tick,
		NextRun:  sandboxNextRun(sched),
		Stopped:  sched.Stopped,
		Upcoming: upcoming(sched, cfg, log, time.Now),
		Config:   cfg, People: a.People, Address: a.Dir.Address, Location: cfg.Location(), Logger: log,
		Redis: redisShown(*redisURL), Refused: refusedWrites(a.Store),
	})
	fmt.Fprint(stderr, sandboxIntro(cfg, *cfgPath, len(a.People), redisShown(*redisURL), bots, ln.Addr()))
	if logPath != "" {
		fmt.Fprintf(stderr, logFileNote, logPath)
	}
	if resumed {
		fmt.Fprintf(stderr, sandboxResumed, village.Dated(start, time.Now().In(cfg.Location()), "1月2日 15:04"))
	}
	if *cfgPath != "" {
		// trying his own township before going live: what run would
		// tell him too (the bundled example keeps its ○○ on purpose)
		tellUnfilled(stderr, log, cfg)
	}
	err = srv.Serve(ctx, ln)
	if !a.Embedded { // data kept (-redis): the next start goes on from here
		keepCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
		defer cancel()
		if kerr := sched.Reached(keepCtx, clock.Now()); kerr != nil {
			log.Warn("sandbox: simulated time not kept; the next start goes on from the latest scheduled run instead", "err", kerr)
		}
	}
	if err == nil {
		// Ctrl+C: say it stopped and what is left of it (ops81; it
		// used to end without a word).
		again := commandLine(invokedAs(), append([]string{"sandbox"}, args...)...)
		if a.Embedded {
			fmt.Fprintf(stderr, sandboxStopped, again)
		} else {
			fmt.Fprintf(stderr, sandboxStoppedKept, redisShown(*redisURL), again)
		}
	}
	return err
}

// The sandbox's last line, after Ctrl+C: in memory, and on a -redis.
const (
	sandboxStopped     = "沙盒已退出，试的消息没有留下。要再试，运行 %s。\n"
	sandboxStoppedKept = "沙盒已退出，试的消息留在 Redis（%s）里。要接着试，运行 %s。\n"
)

// storeWatch tells the sandbox's terminal, once each, that its Redis
// stopped answering and that it answers again (Tell).
type storeWatch struct {
	Redis string           // the -redis URL as shown
	Log   string           // the log file (sandboxLog); "": the log is on the terminal
	Wall  func() time.Time // the real clock: how long it was down
	mu    sync.Mutex
	since time.Time // when it stopped answering; zero: it answers
}

// Tell says on term what changed since the last call, judged by err (a
// tick's): Redis unavailable, or answering again (nil). Other errors
// change nothing: Redis answered them.
func (w *storeWatch) Tell(err error, term io.Writer) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case errors.Is(err, storage.ErrUnavailable) && w.since.IsZero():
		w.since = w.Wall()
		where := ""
		if w.Redis != "" {
			where = "（" + w.Redis + "）"
		}
		logged := "下面英文的 ERROR 日志说的是同一件事"
		if w.Log != "" {
			logged = "英文详情在 " + w.Log + " 里"
		}
		fmt.Fprintf(term, sandboxStoreDown, where, logged)
	case err == nil && !w.since.IsZero():
		fmt.Fprintf(term, sandboxStoreBack, tmpl.Span(w.Wall().Sub(w.since)))
		w.since = time.Time{}
	}
}

// The terminal's lines of storeWatch.
const (
	sandboxStoreDown = "注意：沙盒连不上 Redis%s了：这时发的消息登记不上，定时任务和回复都在等（%s）。" +
		"请确认那个 redis-server 还在运行（redis-cli ping 应显示 PONG）；好了以后不用重启沙盒，等着的回复和定时任务会自己接着发。\n"
	sandboxStoreBack = "Redis 又连上了（断了%s），沙盒照常：这期间没登记上的消息，请在网页上再发一次。\n"
)

// sandboxResumed tells that the clock goes on from where the data left it.
const sandboxResumed = "模拟时间接着这份数据上次到的 %s 往下走（比现在的真实时间晚，时间不往回拨）。要从现在重新开始，请换一个空的 -redis 库。\n"

// sandboxStart is when the sandbox's clock starts, and whether that is
// the data's time rather than now: a sandbox on kept data (-redis) whose
// clock went ahead of the wall goes on from the latest time the data
// reached (Scheduler.Latest). Started at now, behind it, its scheduler
// would find every job's last run in the future and run nothing until the
// wall caught up, and new items would be dated before old ones. A store
// that does not answer starts at now (the page tells of the store).
func sandboxStart(ctx context.Context, sched *scheduler.Scheduler, now time.Time, log *slog.Logger) (time.Time, bool) {
	latest, err := sched.Latest(ctx)
	if err != nil {
		log.Warn("sandbox: cannot read where simulated time got to; starting at the real time", "err", err)
		return now, false
	}
	if !latest.After(now) {
		return now, false
	}
	return latest, true // told after the first lines; the log's "sandbox listening" has the clock
}

// redisShown is the -redis URL as the page may show it: without its
// password; "" for none.
func redisShown(flagURL string) string {
	if flagURL == "" {
		return ""
	}
	return redactedURL(flagURL)
}

// What the commands on simulated time (sandbox, replay) tell the operator
// of where their data goes: the -redis flag's help, the note when it is
// left out (memoryNote), and the refusal of the bot's own Redis share the
// words.
const (
	memoryOnly    = "数据只放在内存里，关掉就没了"
	scratchRedis  = "redis://127.0.0.1:6379/15" // a database a bot rarely uses
	redisFlagHelp = "Redis 地址，如 " + scratchRedis + "（不写的话" + memoryOnly + "；不用配置里的 redis.url）"
)

// memoryNote says that the data is in memory only and how to keep it;
// bots, the Redis the config names (the running bot's, left alone), if
// any. A config without one is not told of it: there is nothing to leave.
func memoryNote(bots string) string {
	note := memoryOnly + "；要保留请加 -redis " + scratchFor(bots)
	if bots != "" {
		note += "（不用配置里的 redis.url：那是正在运行的机器人的数据）"
	}
	return note
}

// scratchFor is a Redis a sandbox or replay may keep its data in, to
// suggest: another database (15, or 14 when the bot uses 15) of the
// server the bot's redis.url names, which is known to run — the usual
// local server's (scratchRedis) when the config names none. The password
// is left out: it comes from redis.password_env, as the bot's does.
func scratchFor(bots string) string {
	u, err := url.Parse(bots)
	if bots == "" || err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "unix") {
		return scratchRedis
	}
	other := func(db string) string {
		if db == "15" {
			return "14"
		}
		return "15"
	}
	u.User = nil
	if u.Scheme == "unix" {
		q := u.Query()
		q.Set("db", other(q.Get("db")))
		u.RawQuery = q.Encode()
		return u.String()
	}
	u.Path = "/" + other(strings.Trim(u.Path, "/"))
	return u.String()
}

// sandboxIntro is what the sandbox says first, once: what it is (the
// bundled example township, or the one of the config file path), where
// its data is (redis: the -redis URL as shown; "" in memory; bots: the
// config names the bot's own Redis) and the address to open to chat.
func sandboxIntro(cfg *config.Config, path string, people int, redis, bots string, addr net.Addr) string {
	var grids []string
	for _, v := range cfg.Villages {
		for _, g := range v.Grids {
			grids = append(grids, v.Name+g.Name)
		}
	}
	whose := "内置的示例"
	if path != "" {
		whose = " " + path + " 里的"
	}
	data := memoryNote(bots)
	if redis != "" {
		data = "数据存在 -redis 写的 Redis（" + redis + "）里，关掉还在"
	}
	return fmt.Sprintf("网格小助手沙盒：在浏览器里模拟%s%s（%s，%d 人）的微信群，不连真的微信。\n%s。\n请用浏览器打开 http://%s/ ，选一个群、选一个人说话（按 Ctrl+C 退出）。\n",
		whose, cfg.Township.Name, strings.Join(grids, "、"), people, data, addr)
}

// parseSimulatedFlags is parseConfigFlags for a command on simulated time
// (sandbox, replay): the config it returns is kept off the bot's Redis
// (simulatedStore), whose URL it returns as bots, for memoryNote.
func parseSimulatedFlags(fl *flag.FlagSet, args []string, cfgPath, redisURL *string) (cfg *config.Config, rfs fs.FS, bots string, err error) {
	if cfg, rfs, err = parseConfigFlags(fl, args, cfgPath); err != nil {
		return nil, nil, "", err
	}
	bots = cfg.Redis.URL // simulatedStore clears it
	if err := simulatedStore(cfg, *redisURL); err != nil {
		return nil, nil, "", err
	}
	return cfg, rfs, bots, nil
}

// simulatedStore keeps a command on simulated time (sandbox, replay) off the
// Redis in the config: that is the running bot's, and made-up messages
// there would become real reports, and their replies could be sent to the
// real groups. Only an explicit -redis puts them in a Redis.
// A -redis naming the bot's own Redis (same server, database and
// redis.prefix) is refused for the same reason: the simulated clock would
// also move the scheduled jobs' last runs of the real bot.
func simulatedStore(cfg *config.Config, flagURL string) error {
	bots := cfg.Redis.URL
	cfg.Redis.URL = ""
	if flagURL != "" && bots != "" && sameRedis(flagURL, bots) {
		return fmt.Errorf("-redis %s 就是配置里机器人正在用的 Redis（同一个库、同一个 redis.prefix %q）：试的消息会变成真的事项，还会打乱机器人的定时任务。"+
			"请换一个库（如 "+scratchFor(bots)+"），或者不写 -redis（"+memoryOnly+"）", redactedURL(flagURL), cfg.Redis.Prefix)
	}
	return nil
}

// sameRedis reports whether two Redis URLs name the same server and
// database: host and port (6379 unless written), and database (0 unless
// written); the user and password do not matter.
func sameRedis(a, b string) bool {
	where := func(raw string) string {
		u, err := url.Parse(raw)
		if err != nil {
			return raw
		}
		if u.Scheme == "unix" {
			return "unix:" + path.Clean(u.Path) + "?" + cmp.Or(u.Query().Get("db"), "0")
		}
		port := cmp.Or(u.Port(), "6379")
		host := u.Hostname()
		if host == "localhost" || host == "::1" || host == "" {
			host = "127.0.0.1"
		}
		return net.JoinHostPort(host, port) + "/" + cmp.Or(strings.Trim(u.Path, "/"), "0")
	}
	return where(a) == where(b)
}

// sandboxNextRun is the sandbox's NextRun: the scheduler's next run of
// every job (all), or of those not run more often than hourly.
func sandboxNextRun(sched *scheduler.Scheduler) func(now time.Time, all bool) time.Time {
	return func(now time.Time, all bool) time.Time {
		if all {
			return sched.NextRun(now, 0)
		}
		return sched.NextRun(now, time.Hour)
	}
}

// upcoming lists for the sandbox's page each job's next run after now and
// the runs due already that wait for the quiet hours to end (the 公示 or
// the year-end ranking met at night, scheduler.ErrLater), at the time they
// go out: Next looks after now and would leave them out. A store that
// fails leaves the held ones out; the page tells of the store itself.
// The failure is logged when it begins and when the store answers again
// (wall: the real clock), not at each of the page's polls.
func upcoming(sched *scheduler.Scheduler, cfg *config.Config, log *slog.Logger, wall func() time.Time) func(ctx context.Context, now time.Time) []sandbox.Run {
	var mu sync.Mutex // the page's polls come on the server's goroutines
	outage := &bot.Outage{Log: log, Now: wall, Name: "sandbox: held runs",
		What: "sandbox: cannot list the runs held over the quiet hours: the page lists none until the store answers again (with -redis: is that redis-server running?)"}
	return func(ctx context.Context, now time.Time) []sandbox.Run {
		var out []sandbox.Run
		for _, p := range sched.Next(now) {
			out = append(out, sandbox.Run{Job: p.Job, What: p.Label, At: p.At})
		}
		held, err := sched.Held(ctx, now)
		if ctx.Err() == nil { // a poll given up is no failing store
			mu.Lock()
			outage.Tick(ctx, err)
			mu.Unlock()
		}
		if err != nil {
			return out
		}
		goes := cfg.QuietHours.Until(now.In(cfg.Location()))
		if goes.IsZero() { // not quiet: the next tick runs them
			return out
		}
		for _, p := range held {
			out = append(out, sandbox.Run{Job: p.Job, What: p.Label, At: goes, Held: true, Due: p.At})
		}
		return out
	}
}
