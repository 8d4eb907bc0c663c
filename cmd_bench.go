package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/config"
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

// cmdBench is `gridbot bench`: the pipeline's throughput and round trips
// a message on a synthetic day of the first village's groups
// (benchTranscript), against a baseline of plain Lua writes to the same
// Redis, as one JSON line.
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	f, err := parseBenchFlags(args, stderr)
	if err != nil {
		return err
	}
	// The profiles' files are made before the run, so that a path that
	// cannot be written fails at once rather than after the whole bench.
	cpuFile, err := createProfile("cpuprofile", f.cpuProfile)
	if err != nil {
		return err
	}
	defer closeProfile(cpuFile)
	memFile, err := createProfile("memprofile", f.memProfile)
	if err != nil {
		return err
	}
	defer closeProfile(memFile)
	cfg, rfs, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	prefix := "gbbench" + strconv.FormatInt(time.Now().UnixNano(), 36)
	cfg.Redis.Prefix = prefix
	a, err := openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: f.redisURL, Logger: log}, stderr)
	if err != nil {
		return err
	}
	defer a.Close()
	msgs := benchMessages(a, cfg.Villages[0], f.n)
	clock := time.Date(2026, 3, 2, 8, 0, 0, 0, cfg.Location())
	sink := &discardSender{}
	disp := bot.NewDispatcher(a.Outbox(func() time.Time { return clock }), sink,
		bot.DispatcherOptions{Interval: -1, Batch: 64, Logger: log})
	if err := benchWarmUp(ctx, a, disp, cfg.Villages[0].Grids[0].Group, clock); err != nil {
		return err
	}
	if cpuFile != nil {
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			return fmt.Errorf("bench: cpu profile: %w", err)
		}
	}
	m, err := measureBench(ctx, a, disp, msgs, clock)
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	if memFile != nil {
		if err := pprof.Lookup("allocs").WriteTo(memFile, 0); err != nil {
			return fmt.Errorf("bench: -memprofile 写 %s 时出错：请看磁盘满没满，再压测一次（%w）", f.memProfile, err)
		}
		if err := memFile.Close(); err != nil {
			return fmt.Errorf("bench: -memprofile 写 %s 时出错：请看磁盘满没满，再压测一次（%w）", f.memProfile, err)
		}
	}
	res := m.result(len(msgs))
	res.Outbound, res.Prefix = sink.n, prefix
	return json.NewEncoder(stdout).Encode(res)
}

// benchFlags are the flags of `gridbot bench`.
type benchFlags struct {
	redisURL, config       string
	n                      int
	cpuProfile, memProfile string
}

// parseBenchFlags reads the flags of `gridbot bench`; -redis is required.
func parseBenchFlags(args []string, stderr io.Writer) (benchFlags, error) {
	var f benchFlags
	fl := newFlags("bench", "bench -redis URL [-n N] [-config FILE]", stderr)
	fl.StringVar(&f.redisURL, "redis", "", "压测用的 Redis 地址（必填）；数据写在一个新的键前缀下，测完可以删")
	fl.IntVar(&f.n, "n", 20000, "消息条数")
	fl.StringVar(&f.config, "config", "", "配置文件（不写就用内置的示例）")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "把压测时的 CPU profile 写到这个文件")
	fl.StringVar(&f.memProfile, "memprofile", "", "压测结束后把内存分配的 profile（allocs）写到这个文件")
	if err := parseFlags(fl, args); err != nil {
		return benchFlags{}, err
	}
	if f.redisURL == "" {
		fl.Usage()
		return benchFlags{}, errors.New("bench: 请用 -redis 写上 Redis 地址，例如 -redis redis://127.0.0.1:6379/0")
	}
	return f, nil
}

// benchMessages are n messages of v's grids (benchTranscript), each
// grid's leader answering as its first leader on the roster.
func benchMessages(a *app.App, v config.Village, n int) []bot.Message {
	return benchTranscript(v.Grids, func(grid string) string {
		if ls := a.Dir.InGrid(v.Name, grid, village.RoleLeader); len(ls) > 0 {
			return ls[0].Name
		}
		return ""
	}, n)
}

// benchWarmUp loads the scripts, the pipeline's and the baseline's, so
// that the measured run is steady state.
func benchWarmUp(ctx context.Context, a *app.App, disp *bot.Dispatcher, group string, clock time.Time) error {
	_ = a.Handler.Handle(ctx, bot.Message{ID: "warm", At: clock, Chat: group, From: "bench", Text: "帮助"})
	if _, err := disp.Drain(ctx); err != nil {
		return err
	}
	_, err := a.Store.Baseline(ctx, storage.Scope("baseline"), 10, baselineBody)
	return err
}

// createProfile makes the file at path for the profile of -flag, nil when
// path is empty; an error says in Chinese why it cannot be made and which
// path to write instead.
func createProfile(flag, path string) (*os.File, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Create(path)
	if err == nil {
		return f, nil
	}
	why := whyUnwritable(flag, path, filepath.Join(os.TempDir(), flag+".pprof"), err)
	return nil, fmt.Errorf("bench: -%s 写的 %s 建不了，没有压测。%s（%w）", flag, path, why, err)
}

// whyUnwritable says in Chinese why the file path given to -flag could
// not be made (err) and which to write instead, as example.
func whyUnwritable(flag, path, example string, err error) string {
	dir, _ := filepath.Abs(filepath.Dir(path))
	_, derr := os.Stat(dir)
	switch st, serr := os.Stat(path); {
	case serr == nil && st.IsDir():
		return fmt.Sprintf("%s 是一个文件夹：请在它后面写上文件名，如 -%s %s", path, flag, filepath.Join(path, filepath.Base(example)))
	case errors.Is(err, fs.ErrNotExist) && errors.Is(derr, fs.ErrNotExist):
		return fmt.Sprintf("文件夹 %s 不存在：请先建好它（mkdir -p %s），或者写已有文件夹里的文件，如 -%s %s", dir, dir, flag, example)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("当前用户不能在 %s 里写文件：请写自己能写的地方，如 -%s %s", dir, flag, example)
	default:
		return fmt.Sprintf("请换一个能写的文件，如 -%s %s", flag, example)
	}
}

// closeProfile closes a profile's file made by createProfile, if any.
func closeProfile(f *os.File) {
	if f != nil {
		_ = f.Close()
	}
}

// benchTotals is what a bench run measured.
type benchTotals struct {
	elapsed, base time.Duration // the pipeline's time, the baseline's
	trips         int64         // the pipeline's round trips
	pipe, baseCPU *cpuMeter
}

// measureBench handles msgs at clock's time plus a second each and drains
// their replies, in alternating rounds of 64 with as many baseline
// writes, so that load from elsewhere on the machine weighs on both alike.
func measureBench(ctx context.Context, a *app.App, disp *bot.Dispatcher, msgs []bot.Message, clock time.Time) (benchTotals, error) {
	t := benchTotals{pipe: &cpuMeter{st: a.Store}, baseCPU: &cpuMeter{st: a.Store}}
	const chunk = 64
	for lo := 0; lo < len(msgs); lo += chunk {
		hi := min(lo+chunk, len(msgs))
		t.pipe.start(ctx)
		trips0 := a.Store.RoundTrips()
		start := time.Now()
		for i := lo; i < hi; i++ {
			m := msgs[i]
			m.At = clock.Add(time.Duration(i) * time.Second)
			if err := a.Router.Handle(ctx, m); err != nil {
				return benchTotals{}, fmt.Errorf("bench: message %d: %w", i, err)
			}
		}
		if _, err := disp.Drain(ctx); err != nil {
			return benchTotals{}, err
		}
		t.elapsed += time.Since(start)
		t.trips += a.Store.RoundTrips() - trips0
		t.pipe.stop(ctx)
		t.baseCPU.start(ctx)
		b, err := a.Store.Baseline(ctx, storage.Scope("baseline"), hi-lo, baselineBody)
		if err != nil {
			return benchTotals{}, err
		}
		t.baseCPU.stop(ctx)
		t.base += b
	}
	return t, nil
}

// result is the bench's line for n messages measured as t says; Outbound
// and Prefix are the caller's.
func (t benchTotals) result(n int) benchResult {
	res := benchResult{
		Messages: n, Seconds: round(t.elapsed.Seconds(), 3),
		MsgsPerS:          round(float64(n)/t.elapsed.Seconds(), 1),
		RoundTripsPerMsg:  round(float64(t.trips)/float64(n), 3),
		BaselineLuaTxPerS: round(float64(n)/t.base.Seconds(), 1),
	}
	res.Ratio = round(res.MsgsPerS/res.BaselineLuaTxPerS, 3)
	res.ClientCPUPerMsg, res.RedisCPUPerMsg = perOp(t.pipe.client, n), perOp(t.pipe.server, n)
	res.BaselineClientCPU, res.BaselineRedisCPU = perOp(t.baseCPU.client, n), perOp(t.baseCPU.server, n)
	return res
}

// baselineBody is the JSON the baseline writes, about a new report's size.
const baselineBody = `{"village":"青山村","grid":"三组","chat":"青山村三组网格群","type":"general","category":"道路交通","status":"new","text":"村口第12根路灯不亮了","reporter":"张三","handlers":["李四"],"history":[{"at":"2026-03-02T08:00:00+08:00","by":"张三","action":"create","to":"new"}]}`

func round(x float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}
