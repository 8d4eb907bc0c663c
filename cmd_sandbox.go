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
)

func cmdSandbox(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("sandbox", "sandbox [-config FILE] [-addr 127.0.0.1:8080] [-redis URL]", stderr)
	cfgPath := fl.String("config", "", "config file (default: the bundled example township 青山镇)")
	addr := fl.String("addr", "127.0.0.1:8080", "address to serve the page on (loopback only)")
	redisURL := fl.String("redis", "", "Redis URL (default: the config's; none: in-process store)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	clock := replay.NewClock(time.Now())
	var srv *sandbox.Server
	a, err := app.Open(app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log,
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
				out = append(out, sandbox.Run{Job: p.Job, At: p.At})
			}
			return out
		},
		Config: cfg, People: a.People, Address: a.Dir.Address, Location: cfg.Location(), Logger: log,
	})
	fmt.Fprintf(stderr, "网格小助手沙盒：请用浏览器打开 http://%s/ （按 Ctrl+C 退出）\ngridbot sandbox: open http://%s/ in a browser (Ctrl+C to stop)\n", *addr, *addr)
	return srv.Run(ctx, *addr)
}
