package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/replay"
	"gridbot/config"
	"gridbot/scheduler"
	"gridbot/storage"
	"gridbot/village"
)

func cmdReplay(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("replay", "replay [-config FILE] [-roster FILE] [-redis URL] [-state-out FILE] < in.jsonl > out.jsonl", stderr)
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）")
	rosterPath := fl.String("roster", "", "花名册 CSV/XLSX（不写就用配置里的）")
	redisURL := fl.String("redis", "", redisFlagHelp)
	stateOut := fl.String("state-out", "", "把最后的全部事项、积分等写成 JSON 存到这个文件")
	cfg, rfs, bots, err := parseSimulatedFlags(fl, args, cfgPath, redisURL)
	if err != nil {
		return err
	}
	if *rosterPath != "" {
		rfs = rootedFS(".") // the operator's path, from where they stand
	}
	clock := replay.NewClock(time.Time{})
	out := replay.NewWriter(stdout, clock, cfg.Location())
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RosterPath: *rosterPath, RedisURL: *redisURL,
		Direct: out.Send, Logger: log}, stderr)
	if err != nil {
		return err
	}
	defer a.Close()
	if a.Embedded {
		fmt.Fprintln(stderr, "注意："+memoryNote(bots))
		log.Info("replay: data in memory only, nothing is kept after exit (-redis URL keeps it in a Redis)")
	}
	disp := bot.NewDispatcher(a.Outbox(clock.Now), out, bot.DispatcherOptions{Interval: -1, Batch: 1, Logger: log})
	if err := disp.Recover(ctx); err != nil {
		return err
	}
	sched, err := a.Scheduler(-1, log)
	if err != nil {
		return err
	}
	err = replay.Run(ctx, stdin, clock, replay.Steps{
		Tick:   sched.RunDue,
		Handle: a.Handler,
		Flush: func(ctx context.Context) error {
			_, err := disp.Drain(ctx)
			return err
		},
		Check: func(m bot.Message) string { return unknownChat(cfg, m) },
		Warn: func(line int, msg string) {
			fmt.Fprintf(stderr, "注意：第 %d 行：%s\n", line, msg)
		},
	})
	if err != nil {
		return err
	}
	if err := writeHeld(ctx, a, out, clock.Now(), log); err != nil {
		return err
	}
	if *stateOut != "" {
		return writeState(ctx, a, *stateOut)
	}
	return nil
}

// writeHeld writes what a transcript that ends at night leaves held over
// the quiet hours, marked with when it goes out: the messages for others
// said at night, and the notices written then.
func writeHeld(ctx context.Context, a *app.App, out *replay.Writer, now time.Time, log *slog.Logger) error {
	var held []bot.Outbound
	for _, sc := range a.Scopes() {
		q, err := a.Store.Held(ctx, sc)
		if err != nil {
			return err
		}
		for _, m := range q {
			held = append(held, m.Outbound)
		}
	}
	notices, err := scheduler.HeldNotices(ctx, scheduler.Deps{Config: a.Config, Store: a.Store, People: a.Dir, Logger: log}, now)
	if err != nil {
		return err
	}
	return out.Held(append(held, notices...))
}

// unknownChat says so when m was said in a group the config does not have,
// which the bot ignores: in a transcript mostly a mistyped group name.
func unknownChat(cfg *config.Config, m bot.Message) string {
	if m.Private {
		return ""
	}
	if _, _, ok := cfg.GridOfGroup(m.Chat); ok || cfg.Township.Chat(m.Chat) {
		return ""
	}
	return fmt.Sprintf("配置里没有「%s」这个群，机器人不理这一行：请核对群名（和配置里 villages[].grids[].group 一字不差）", m.Chat)
}

// state is the -state-out document.
type state struct {
	Reports []village.Report        `json:"reports"`
	Calls   []village.Call          `json:"calls"`
	Notices []village.NoticeReplies `json:"notices"`
	pointsState
}

func writeState(ctx context.Context, a *app.App, path string) error {
	st := state{Reports: []village.Report{}, Calls: []village.Call{}}
	for _, v := range a.Config.Villages {
		sc := storage.VillageScope(v.Name)
		rs, err := a.Store.Reports(ctx, sc)
		if err != nil {
			return err
		}
		st.Reports = append(st.Reports, rs...)
		calls, err := a.Store.Calls(ctx, sc, storage.CallsAll)
		if err != nil {
			return err
		}
		st.Calls = append(st.Calls, calls...)
	}
	notices, err := storage.NoticeReplies(ctx, a.Store, storage.TownshipScope(a.Config.Township.Name), a.People, a.Config.GridOfGroup)
	if err != nil {
		return err
	}
	st.Notices = notices
	if err := addPointsState(ctx, a, &st.pointsState); err != nil {
		return err
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("replay: 不能写 -state-out 的文件 %s：请看文件夹在不在、有没有写的权限（%w）", path, err)
	}
	return nil
}
