package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/replay"
	"gridbot/bot/sandbox"
	"gridbot/config"
)

func cmdSandbox(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("sandbox", "sandbox [-config FILE] [-addr 127.0.0.1:8080] [-redis URL]", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例青山镇）")
	addr := fl.String("addr", "127.0.0.1:8080", "网页的地址（只在本机）；8080 被占用时换一个，如 127.0.0.1:8090")
	redisURL := fl.String("redis", "", redisFlagHelp)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	simulatedStore(cfg)
	// Listen first: a busy port is told before anything else is opened.
	ln, err := sandbox.Listen(*addr)
	if err != nil {
		return err
	}
	defer ln.Close() // when Serve is not reached; after it, closing again is harmless
	clock := replay.NewClock(time.Now())
	var srv *sandbox.Server
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log,
		Direct: func(ctx context.Context, o bot.Outbound) error { return srv.Send(ctx, o) }})
	if err != nil {
		return err
	}
	defer a.Close()
	sched, err := a.Scheduler(-1, log)
	if err != nil {
		return err
	}
	srv = sandbox.New(sandbox.Options{
		Handler: a.Handler, Outbox: a.Outbox(clock.Now), Clock: clock,
		Tick: sched.RunDue,
		Upcoming: func(now time.Time) []sandbox.Run {
			var out []sandbox.Run
			for _, p := range sched.Next(now) {
				out = append(out, sandbox.Run{Job: p.Job, What: p.Label, At: p.At})
			}
			return out
		},
		Config: cfg, People: a.People, Address: a.Dir.Address, Location: cfg.Location(), Logger: log,
	})
	fmt.Fprintf(stderr, "网格小助手沙盒：请用浏览器打开 http://%s/ （按 Ctrl+C 退出）\n", ln.Addr())
	return srv.Serve(ctx, ln)
}

// redisFlagHelp describes the -redis flag of the commands that run on
// simulated time.
const redisFlagHelp = "Redis 地址（不写就把数据放在内存里，退出就没了；不用配置里的 redis.url）"

// simulatedStore keeps a command on simulated time (sandbox, replay) off the
// Redis in the config: that is the running bot's, and made-up messages
// there would become real reports, and their replies could be sent to the
// real groups. Only an explicit -redis puts them in a Redis.
func simulatedStore(cfg *config.Config) {
	cfg.Redis.URL = ""
}
