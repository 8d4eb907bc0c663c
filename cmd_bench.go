package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strconv"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// benchResult is the one JSON line `gridbot bench` prints.
type benchResult struct {
	Messages          int     `json:"messages"`
	Seconds           float64 `json:"seconds"`
	MsgsPerS          float64 `json:"msgs_per_s"`
	RoundTripsPerMsg  float64 `json:"round_trips_per_msg"`
	BaselineLuaTxPerS float64 `json:"baseline_lua_tx_per_s"`
	Ratio             float64 `json:"ratio"`
	Outbound          int     `json:"outbound"`
	Prefix            string  `json:"prefix"`
	// CPU time per message (µs) of this process and of Redis's main
	// thread, and the same per baseline write: what the work costs
	// whatever else the machine is doing, where the rates above also
	// measure the waits. Absent where the platform or the server does
	// not say.
	ClientCPUPerMsg   float64 `json:"client_cpu_us_per_msg,omitempty"`
	RedisCPUPerMsg    float64 `json:"redis_cpu_us_per_msg,omitempty"`
	BaselineClientCPU float64 `json:"baseline_client_cpu_us_per_tx,omitempty"`
	BaselineRedisCPU  float64 `json:"baseline_redis_cpu_us_per_tx,omitempty"`
}

// cpuMeter adds up the CPU time this process and Redis's main thread
// spend in the stretches it is started and stopped around. Reading the
// server's time is a round trip of its own, made outside the stretch.
type cpuMeter struct {
	st             *storage.Store
	client, server time.Duration
	c0, s0         time.Duration
	noServer       bool
}

func (m *cpuMeter) start(ctx context.Context) {
	m.s0 = m.serverCPU(ctx)
	m.c0 = processCPU()
}

func (m *cpuMeter) stop(ctx context.Context) {
	m.client += processCPU() - m.c0
	m.server += m.serverCPU(ctx) - m.s0
}

func (m *cpuMeter) serverCPU(ctx context.Context) time.Duration {
	if m.noServer {
		return 0
	}
	d, err := m.st.ServerCPU(ctx)
	if err != nil {
		m.noServer, m.server = true, 0 // INFO refused: report no server time
		return 0
	}
	return d
}

// perOp is d per op in µs, 0 when d is unknown.
func perOp(d time.Duration, ops int) float64 {
	if d <= 0 || ops == 0 {
		return 0
	}
	return round(float64(d.Microseconds())/float64(ops), 1)
}

// discardSender counts and drops outbound messages.
type discardSender struct{ n int }

func (d *discardSender) Send(context.Context, bot.Outbound) error { d.n++; return nil }

func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	fl := newFlags("bench", "bench -redis URL [-n N] [-config FILE]", stderr)
	redisURL := fl.String("redis", "", "压测用的 Redis 地址（必填）；数据写在一个新的键前缀下，测完可以删")
	n := fl.Int("n", 20000, "消息条数")
	cfgPath := fl.String("config", "", "配置文件（不写就用内置的示例）")
	cpuProfile := fl.String("cpuprofile", "", "把压测时的 CPU profile 写到这个文件")
	memProfile := fl.String("memprofile", "", "压测结束后把内存分配的 profile（allocs）写到这个文件")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *redisURL == "" {
		fl.Usage()
		return errors.New("bench: 请用 -redis 写上 Redis 地址，例如 -redis redis://127.0.0.1:6379/0")
	}
	cfg, rfs, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	prefix := "gbbench" + strconv.FormatInt(time.Now().UnixNano(), 36)
	cfg.Redis.Prefix = prefix
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: *redisURL, Logger: log}, stderr)
	if err != nil {
		return err
	}
	defer a.Close()
	v := cfg.Villages[0]
	msgs := benchTranscript(v.Grids, func(grid string) string {
		if ls := a.Dir.InGrid(v.Name, grid, village.RoleLeader); len(ls) > 0 {
			return ls[0].Name
		}
		return ""
	}, *n)
	clock := time.Date(2026, 3, 2, 8, 0, 0, 0, cfg.Location())
	sink := &discardSender{}
	disp := bot.NewDispatcher(a.Outbox(func() time.Time { return clock }), sink,
		bot.DispatcherOptions{Interval: -1, Batch: 64, Logger: log})

	// Warm up: load the scripts so that the measured run is steady state.
	_ = a.Handler.Handle(ctx, bot.Message{ID: "warm", At: clock, Chat: cfg.Villages[0].Grids[0].Group, From: "bench", Text: "帮助"})
	if _, err := disp.Drain(ctx); err != nil {
		return err
	}
	if _, err := a.Store.Baseline(ctx, storage.Scope("baseline"), 10, baselineBody); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	// The pipeline and the baseline run in alternating rounds of 64, so
	// that load from elsewhere on the machine weighs on both alike.
	var elapsed, base time.Duration
	var trips int64
	pipe, baseCPU := &cpuMeter{st: a.Store}, &cpuMeter{st: a.Store}
	const chunk = 64
	for lo := 0; lo < len(msgs); lo += chunk {
		hi := min(lo+chunk, len(msgs))
		pipe.start(ctx)
		trips0 := a.Store.RoundTrips()
		start := time.Now()
		for i := lo; i < hi; i++ {
			m := msgs[i]
			m.At = clock.Add(time.Duration(i) * time.Second)
			if err := a.Router.Handle(ctx, m); err != nil {
				return fmt.Errorf("bench: message %d: %w", i, err)
			}
		}
		if _, err := disp.Drain(ctx); err != nil {
			return err
		}
		elapsed += time.Since(start)
		trips += a.Store.RoundTrips() - trips0
		pipe.stop(ctx)
		baseCPU.start(ctx)
		b, err := a.Store.Baseline(ctx, storage.Scope("baseline"), hi-lo, baselineBody)
		if err != nil {
			return err
		}
		baseCPU.stop(ctx)
		base += b
	}
	pprof.StopCPUProfile()
	if *memProfile != "" {
		if err := writeAllocs(*memProfile); err != nil {
			return err
		}
	}
	res := benchResult{
		Messages: len(msgs), Seconds: round(elapsed.Seconds(), 3),
		MsgsPerS:          round(float64(len(msgs))/elapsed.Seconds(), 1),
		RoundTripsPerMsg:  round(float64(trips)/float64(len(msgs)), 3),
		BaselineLuaTxPerS: round(float64(len(msgs))/base.Seconds(), 1),
		Outbound:          sink.n, Prefix: prefix,
	}
	res.Ratio = round(res.MsgsPerS/res.BaselineLuaTxPerS, 3)
	res.ClientCPUPerMsg, res.RedisCPUPerMsg = perOp(pipe.client, len(msgs)), perOp(pipe.server, len(msgs))
	res.BaselineClientCPU, res.BaselineRedisCPU = perOp(baseCPU.client, len(msgs)), perOp(baseCPU.server, len(msgs))
	return json.NewEncoder(stdout).Encode(res)
}

// baselineBody is the JSON the baseline writes, about a new report's size.
const baselineBody = `{"village":"青山村","grid":"三组","chat":"青山村三组网格群","type":"general","category":"道路交通","status":"new","text":"村口第12根路灯不亮了","reporter":"张三","handlers":["李四"],"history":[{"at":"2026-03-02T08:00:00+08:00","by":"张三","action":"create","to":"new"}]}`

// writeAllocs writes the allocations made so far (the allocs profile) to p.
func writeAllocs(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("bench: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

func round(x float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}
