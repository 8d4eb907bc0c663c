package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/tmpl"
	"gridbot/village"
)

// TestBench runs a short bench on a private redis-server and checks the
// line it prints: what it counted, not how fast it went.
func TestBench(t *testing.T) {
	srv := storagetest.NeedServer(t)
	var stdout, stderr bytes.Buffer
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	if err := run(context.Background(), []string{"bench", "-redis", srv.URL, "-n", "40", "-cpuprofile", cpu, "-memprofile", mem}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr.String())
	}
	for _, p := range []string{cpu, mem} {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("profile %s: %v, want it written", p, err)
		}
	}
	var got benchResult
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("bench printed %q: %v", stdout.String(), err)
	}
	if got.Messages != 40 || got.Outbound == 0 || got.RoundTripsPerMsg <= 0 || got.RoundTripsPerMsg > 1.5 {
		t.Errorf("bench = %+v, want 40 messages, some replies, at most 1.5 round trips each", got)
	}
	if got.RedisCPUPerMsg < 0 || got.BaselineRedisCPU < 0 || got.ClientCPUPerMsg < 0 {
		t.Errorf("bench = %+v, want no negative CPU time", got)
	}
}

// TestBenchProfileSaysWhatToDo: a -cpuprofile or -memprofile that cannot
// be written is refused before the bench runs (no Redis is asked: the
// address answers nothing), saying why and which path to write instead.
func TestBenchProfileSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "没有的文件夹")
	tests := []struct{ flag, path, want string }{
		{"-cpuprofile", filepath.Join(missing, "cpu.pprof"), "文件夹 " + missing + " 不存在：请先建好它（mkdir -p " + missing + "）"},
		{"-memprofile", dir, dir + " 是一个文件夹：请在它后面写上文件名，如 -memprofile " + filepath.Join(dir, "memprofile.pprof")},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		locked := filepath.Join(dir, "只读")
		if err := os.Mkdir(locked, 0o555); err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct{ flag, path, want string }{"-cpuprofile", filepath.Join(locked, "cpu.pprof"), "当前用户不能在 " + locked + " 里写文件：请写自己能写的地方，如 -cpuprofile "})
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"bench", "-redis", "redis://127.0.0.1:1/0", "-n", "1", tt.flag, tt.path}, nil, &stdout, &stderr, discard())
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "没有压测") {
			t.Errorf("bench %s %s: %v\nwant %q", tt.flag, tt.path, err, tt.want)
		}
	}
}

// TestRedisAddressSaysWhatToDo: a -redis that is not a Redis address, or
// one where no Redis answers, is told in Chinese with what to check, by
// every command that takes -redis, before anything runs.
func TestRedisAddressSaysWhatToDo(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the sandbox's log file (sandboxLog)
	const (
		badURL = `"127.0.0.1:6379" 不是能用的 Redis 地址：请写成 redis://127.0.0.1:6379/0`
		down   = "连不上 Redis（redis://127.0.0.1:1/0）：请确认 redis-server 在运行"
	)
	noScheme := exampleConfig(t, [2]string{"\n  url: \"\"", "\n  url: 127.0.0.1:6379"})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "-config", noScheme}, badURL},
		{[]string{"export", "-config", noScheme}, badURL},
		{[]string{"bench", "-n", "5", "-redis", "127.0.0.1:6379"}, badURL},
		{[]string{"sandbox", "-redis", "127.0.0.1:6379"}, badURL},
		{[]string{"replay", "-redis", "127.0.0.1:6379"}, badURL},
		{[]string{"bench", "-n", "5", "-redis", "redis://127.0.0.1:1/0"}, down},
		{[]string{"replay", "-redis", "redis://127.0.0.1:1/0"}, down},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tc.args, strings.NewReader(""), &stdout, &stderr, discard())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("gridbot %v: err = %v, want %q", tc.args, err, tc.want)
		}
	}
}

// BenchmarkTranscript runs the bench's synthetic transcript through the
// whole pipeline (router, store, outbox drained in batches of 64) on a
// private redis-server, as `gridbot bench` does without the baseline: one op
// is one message. Use it with -cpuprofile or -memprofile (and
// -memprofilerate=1) to see what a message costs.
func BenchmarkTranscript(b *testing.B) {
	srv := storagetest.StartServer(b)
	if srv == nil {
		b.Skip("no redis-server")
	}
	srv.SetConfig(b, "appendonly", "no")
	b.Setenv(tmpl.CheckEnv, "") // the compiled texts alone, as in production
	ctx := context.Background()
	cfg, a := exampleApp(ctx, b, srv.URL)
	v := cfg.Villages[0]
	transcript := func(n int) []bot.Message {
		return benchTranscript(v.Grids, func(grid string) string {
			if ls := a.Dir.InGrid(v.Name, grid, village.RoleLeader); len(ls) > 0 {
				return ls[0].Name
			}
			return ""
		}, n)
	}
	msgs := transcript(20000)
	clock := time.Date(2026, 3, 2, 8, 0, 0, 0, cfg.Location())
	sink := &discardSender{}
	disp := bot.NewDispatcher(a.Outbox(func() time.Time { return clock }), sink,
		bot.DispatcherOptions{Interval: -1, Batch: 64, Logger: discard()})
	trips0, cpu0, own0, i := a.Store.RoundTrips(), srv.MainThreadCPU(b), processCPU(), 0
	for b.Loop() {
		if i == len(msgs) {
			// the same stories and more: a lifecycle command names the
			// report its story filed
			msgs = transcript(2 * len(msgs))
		}
		m := msgs[i]
		m.At = clock.Add(time.Duration(i) * time.Second)
		if err := a.Router.Handle(ctx, m); err != nil {
			b.Fatalf("message %d: %v", i, err)
		}
		if i++; i%64 == 0 {
			if _, err := disp.Drain(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if _, err := disp.Drain(ctx); err != nil {
		b.Fatal(err)
	}
	if sink.n == 0 && i >= 10 {
		// every ten messages of the transcript hold a report, answered
		b.Fatal("no replies sent")
	}
	b.ReportMetric(float64(a.Store.RoundTrips()-trips0)/float64(i), "trips/msg")
	b.ReportMetric(float64((processCPU()-own0).Nanoseconds())/float64(i), "client-ns/msg")
	b.ReportMetric(float64((srv.MainThreadCPU(b)-cpu0).Nanoseconds())/float64(i), "redis-ns/msg")
}
