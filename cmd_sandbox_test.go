package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gridbot/prompts/promptstest"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestSandboxTellsTheModel: a sandbox started with a config that turns the
// model on says at start whether it answers, as run and check do, so that
// an operator trying the model by hand knows whether free text is read
// with it or by the rules alone.
func TestSandboxTellsTheModel(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the sandbox's log file (sandboxLog)
	llm := promptstest.New(t, promptstest.Always(promptstest.Response{Status: http.StatusInternalServerError}))
	path := sandboxConfig(t, "  enabled: false\n  # base_url", "  enabled: true\n  # base_url",
		"  base_url: \"\"\n  model: \"\"", "  base_url: "+llm.URL()+"\n  model: test-model")
	ctx, cancel := context.WithCancel(context.Background())
	term := &lockedBuffer{}
	done := make(chan error, 1)
	go func() { done <- cmdSandbox(ctx, []string{"-config", path, "-addr", "127.0.0.1:0"}, term, discard()) }()
	deadline := time.Now().Add(10 * time.Second)
	// The model is checked without holding up the page: its answer comes after.
	for !(strings.Contains(term.String(), "网格小助手沙盒") && strings.Contains(term.String(), "大模型")) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("sandbox: %v", err)
	}
	if out := term.String(); !strings.Contains(out, "注意：大模型没有正常回答（接口出错（HTTP 500）") || llm.Calls() == 0 {
		t.Errorf("sandbox with a failing model (%d calls) told:\n%s", llm.Calls(), out)
	}
}

// TestSandboxFirstLinesSayWhatItIs: the first lines a volunteer sees of a
// sandbox (terminal and log on one screen, as in a shell) say, once and in
// Chinese, what it is, that its data is in memory and gone when it stops,
// and which address to open to chat; no warning comes before them. The
// config's redis.url, the running bot's, is named only when the config has
// one, and -redis says where the data is kept instead. The fourth names
// the file the English log goes to, and no log line is on the terminal
// (ops75).
func TestSandboxFirstLinesSayWhatItIs(t *testing.T) {
	srv := storagetest.NeedServer(t)
	withBots := sandboxConfig(t, "  url: \"\"", "  url: redis://127.0.0.1:6379/0")
	for _, tc := range []struct {
		name       string
		args       []string
		what, data string
		lose       []string
	}{
		{"no config", nil, "在浏览器里模拟内置的示例青山镇（青山村一组、青山村二组、青山村三组，95 人）的微信群",
			"数据只放在内存里，关掉就没了；要保留请加 -redis redis://127.0.0.1:6379/15。", []string{"redis.url"}},
		{"config with the bot's Redis", []string{"-config", withBots}, "在浏览器里模拟 " + withBots + " 里的青山镇",
			"数据只放在内存里，关掉就没了；要保留请加 -redis redis://127.0.0.1:6379/15（不用配置里的 redis.url：那是正在运行的机器人的数据）。", nil},
		{"-redis", []string{"-redis", srv.URL}, "内置的示例青山镇",
			"数据存在 -redis 写的 Redis（" + redactedURL(srv.URL) + "）里，关掉还在。", []string{"内存"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var screen lockedBuffer // terminal and log, as a shell shows them
			log := slog.New(slog.NewTextHandler(&screen, nil))
			dir := t.TempDir()
			t.Setenv("TMPDIR", dir) // where the log goes without -v (ops75)
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- cmdSandbox(ctx, append(tc.args, "-addr", "127.0.0.1:0"), &screen, log) }()
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(screen.String(), "英文的运行日志写在") && time.Now().Before(deadline); {
				time.Sleep(10 * time.Millisecond)
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitN(screen.String(), "\n", 4)
			if len(lines) < 4 {
				t.Fatalf("sandbox said:\n%s", screen.String())
			}
			if !strings.HasPrefix(lines[0], "网格小助手沙盒：") || !strings.Contains(lines[0], tc.what) || lines[1] != tc.data ||
				!strings.HasPrefix(lines[2], "请用浏览器打开 http://127.0.0.1:") || !strings.Contains(lines[2], "选一个群、选一个人说话") {
				t.Errorf("first lines:\n%s\nwant %q, then %q, then the address", strings.Join(lines[:3], "\n"), tc.what, tc.data)
			}
			if !strings.HasPrefix(lines[3], "英文的运行日志写在 "+dir+"/gridbot-sandbox-") ||
				!strings.Contains(lines[3], "启动时加 -v 就直接显示在这里") {
				t.Errorf("fourth line %q, want where the log is", lines[3])
			}
			out := screen.String()
			for _, lose := range append(tc.lose, "level=") {
				if strings.Contains(out, lose) {
					t.Errorf("sandbox says %q:\n%s", lose, out)
				}
			}
			if n := strings.Count(out, "关掉"); n != 1 {
				t.Errorf("where the data is told %d times, want once:\n%s", n, out)
			}
		})
	}
}

// TestSandboxListsARunHeldForQuietHours: a run met in the quiet hours that
// waits for them to end (the year-end ranking set for 03:00) is listed
// among the next runs of /api/clock (the page's 拨到… menu) at the time it
// goes out, saying when it was due; once out, it is not listed again. The
// data is on a real Redis (-redis).
func TestSandboxListsARunHeldForQuietHours(t *testing.T) {
	srv := storagetest.NeedServer(t)
	path := sandboxConfig(t, `year_end: "0 18 31 12 *"`, `year_end: "0 3 31 12 *"`)
	sb := startSandbox(t, "-config", path, "-redis", srv.URL)
	type next struct {
		When, What string
		Held       bool
	}
	clock := func(move string) []next {
		t.Helper()
		var got struct{ Clock struct{ Next []next } }
		sb.clock(t, move, &got)
		return got.Clock.Next
	}
	held := func(runs []next) []next {
		var out []next
		for _, r := range runs {
			if r.Held || strings.Contains(r.What, "免打扰") {
				out = append(out, r)
			}
		}
		return out
	}
	shanghai := storagetest.Must(time.LoadLocation("Asia/Shanghai"))(t)
	year := time.Now().In(shanghai).AddDate(0, 0, 1).Year() // 31 December 03:05 still to come
	if got := held(clock("")); len(got) != 0 {
		t.Errorf("held runs before any: %+v", got)
	}
	// The jump also holds the daily 积分生效 met first at night (the
	// jump's end): it shares the line, as runs at one time do.
	night := held(clock(fmt.Sprintf(`{"set":"%d-12-31T03:05:00+08:00"}`, year)))
	if len(night) != 1 || night[0].When != "今天 07:00" || !night[0].Held ||
		!strings.Contains(night[0].What, "年终积分排行（12月31日 03:00到的，免打扰时间过后发）") {
		t.Errorf("held runs at 03:05: %+v, want one at 今天 07:00 with 年终积分排行（12月31日 03:00到的，免打扰时间过后发）", night)
	}
	if morning := clock(fmt.Sprintf(`{"set":"%d-12-31T07:01:00+08:00"}`, year)); len(held(morning)) != 0 {
		t.Errorf("held runs after 07:00: %+v", held(morning))
	}
}

// sandboxConfig writes the example config, with the example roster and
// each pair of replace (old, new) replaced, and returns its path.
func sandboxConfig(t *testing.T, replace ...string) string {
	t.Helper()
	example, err := os.ReadFile("config.example.yaml")
	roster, err2 := filepath.Abs("example/roster.csv")
	if err := errors.Join(err, err2); err != nil {
		t.Fatal(err)
	}
	yaml := strings.NewReplacer(append([]string{"roster: example/roster.csv", "roster: " + roster}, replace...)...).Replace(string(example))
	path := filepath.Join(t.TempDir(), "我的配置.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// sandboxRun is a sandbox started by startSandbox.
type sandboxRun struct {
	base   string // http://127.0.0.1:port/
	screen *lockedBuffer
	log    string // the log file it told, "" with -v
}

// startSandbox starts cmdSandbox with args on a free port until the test
// ends; its terminal is screen (the log is discarded).
func startSandbox(t *testing.T, args ...string) sandboxRun {
	t.Helper()
	return startSandboxLog(t, discard(), args...)
}

// startSandboxLog is startSandbox logging to log.
func startSandboxLog(t *testing.T, log *slog.Logger, args ...string) sandboxRun {
	t.Helper()
	sb := sandboxRun{screen: &lockedBuffer{}}
	t.Setenv("TMPDIR", t.TempDir()) // the log file (sandboxLog), without -v
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cmdSandbox(ctx, append(args, "-addr", "127.0.0.1:0"), sb.screen, log) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("sandbox: %v", err)
		}
	})
	addr := regexp.MustCompile(`请用浏览器打开 (http://127\.0\.0\.1:\d+/)`) // not the model's address
	for deadline := time.Now().Add(10 * time.Second); addr.FindString(sb.screen.String()) == "" && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if m := addr.FindStringSubmatch(sb.screen.String()); m != nil {
		sb.base = m[1]
	}
	if m := regexp.MustCompile(`英文的运行日志写在 (\S+)（`).FindStringSubmatch(sb.screen.String()); m != nil {
		sb.log = m[1]
	}
	if sb.base == "" {
		t.Fatalf("no address told:\n%s", sb.screen.String())
	}
	return sb
}

// clock asks /api/clock (GET when move is "", else POST move, as
// {"advance":"1h"}) and decodes the answer into v.
func (sb sandboxRun) clock(t *testing.T, move string, v any) {
	t.Helper()
	method := http.MethodGet
	var body io.Reader
	if move != "" {
		method, body = http.MethodPost, strings.NewReader(move)
	}
	r := storagetest.Must(http.NewRequest(method, sb.base+"api/clock", body))(t)
	r.Header.Set("Content-Type", "application/json")
	res := storagetest.Must(http.DefaultClient.Do(r))(t)
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("%s /api/clock %s: %d %v", method, move, res.StatusCode, err)
	}
}

// TestSandboxTellsTheModelPausedOnce: the model paused while one tries
// the sandbox is told on its terminal in Chinese with what to check, as
// run tells it, once however many ticks follow (the log's lines are
// English).
func TestSandboxTellsTheModelPausedOnce(t *testing.T) {
	llm := promptstest.New(t, promptstest.Always(promptstest.Response{Status: http.StatusInternalServerError}))
	path := sandboxConfig(t, "  enabled: false\n  # base_url", "  enabled: true\n  # base_url",
		"  base_url: \"\"\n  model: \"\"", "  base_url: "+llm.URL()+"\n  model: test-model",
		"breaker_failures: 3", "breaker_failures: 1") // the check at start pauses it
	sb := startSandbox(t, "-config", path)
	const paused = "注意：大模型 test-model 连续出错或回答太慢，先暂停：拿不准的消息只用规则读，群里照常。"
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(sb.screen.String(), paused) && time.Now().Before(deadline); {
		sb.clock(t, `{"advance":"1h"}`, &struct{}{}) // a tick
		time.Sleep(10 * time.Millisecond)
	}
	for range 3 { // more ticks, the model still paused
		sb.clock(t, `{"advance":"1h"}`, &struct{}{})
	}
	out := sb.screen.String()
	if strings.Count(out, paused) != 1 || !strings.Contains(out, "llm.base_url、llm.model 和密钥") || !strings.Contains(out, "/ The model keeps failing") {
		t.Errorf("terminal:\n%s\nwant the model's pause told once, with what to check", out)
	}
}

// TestScratchFor: the Redis a sandbox or replay is told it may keep its
// data in is another database of the server the bot uses (which runs),
// never the bot's own, and never shows the password.
func TestScratchFor(t *testing.T) {
	for _, tc := range []struct{ bots, want string }{
		{"", "redis://127.0.0.1:6379/15"},
		{"redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/15"},
		{"redis://127.0.0.1:16413", "redis://127.0.0.1:16413/15"},
		{"redis://:secret@10.0.0.5:6380/15", "redis://10.0.0.5:6380/14"},
		{"unix:///run/redis/redis.sock", "unix:///run/redis/redis.sock?db=15"},
		{"unix:///run/redis/redis.sock?db=15", "unix:///run/redis/redis.sock?db=14"},
		{"127.0.0.1:6379", "redis://127.0.0.1:6379/15"},
	} {
		if got := scratchFor(tc.bots); got != tc.want {
			t.Errorf("scratchFor(%q) = %q, want %q", tc.bots, got, tc.want)
		}
	}
}

// TestSandboxResumesItsClock: a sandbox on kept data (-redis) whose clock
// was moved a week ahead, stopped and started again, goes on from where
// it stopped (not the wall's time, behind its data) and says so; on new
// data it starts at the wall's time and says nothing of it.
func TestSandboxResumesItsClock(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the sandbox's log file (sandboxLog)
	srv := storagetest.NeedServer(t)
	path := sandboxConfig(t, "\n  prefix: gb", "\n  prefix: gbresume"+strconv.FormatInt(time.Now().UnixNano(), 36))
	shanghai := storagetest.Must(time.LoadLocation("Asia/Shanghai"))(t)
	type clockNow struct{ Clock struct{ Now time.Time } }
	run := func(moves ...string) (screen string, now time.Time) {
		t.Helper()
		sb := sandboxRun{screen: &lockedBuffer{}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			done <- cmdSandbox(ctx, []string{"-config", path, "-redis", srv.URL, "-addr", "127.0.0.1:0"}, sb.screen, discard())
		}()
		addr := regexp.MustCompile(`请用浏览器打开 (http://127\.0\.0\.1:\d+/)`)
		for deadline := time.Now().Add(10 * time.Second); addr.FindString(sb.screen.String()) == "" && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
		if m := addr.FindStringSubmatch(sb.screen.String()); m != nil {
			sb.base = m[1]
		}
		var got clockNow
		if sb.base != "" {
			for _, move := range append(moves, "") {
				sb.clock(t, move, &got)
			}
		}
		cancel()
		if err := <-done; err != nil || sb.base == "" {
			t.Fatalf("sandbox: %v\n%s", err, sb.screen.String())
		}
		return sb.screen.String(), got.Clock.Now
	}
	first, at := run(`{"advance":"7d"}`)
	if strings.Contains(first, "模拟时间接着") {
		t.Errorf("new data told a resumed clock:\n%s", first)
	}
	if week := time.Now().Add(7 * 24 * time.Hour); at.Before(week.Add(-time.Minute)) {
		t.Fatalf("clock after advancing 7d: %v, want about %v", at, week)
	}
	second, again := run()
	want := "模拟时间接着这份数据上次到的 " + village.Dated(at.In(shanghai), time.Now(), "1月2日 15:04") +
		" 往下走（比现在的真实时间晚，时间不往回拨）。要从现在重新开始，请换一个空的 -redis 库。\n"
	if !strings.Contains(second, want) {
		t.Errorf("started again on the same data, told:\n%s\nwant %q", second, want)
	}
	if again.Before(at.Truncate(time.Second)) || again.After(at.Add(time.Minute)) { // kept in whole seconds
		t.Errorf("clock started again at %v, want from %v on (it stopped there)", again, at)
	}
}

// TestSandboxTellsRedisLostOnce (ops74): a sandbox whose Redis (-redis)
// stops answering says so once on its terminal, in Chinese, with what to
// check, however many ticks fail; when Redis is back it says so once, and
// what to do about the messages lost meanwhile. The log's English lines
// stay as they are, in the log file the terminal names (ops75): none is
// on the terminal.
func TestSandboxTellsRedisLostOnce(t *testing.T) {
	srv := storagetest.StartServer(t)
	sb := startSandbox(t, "-redis", srv.DialOnceURL())
	const down = "注意：沙盒连不上 Redis（" // then the URL as shown
	what := "）了：这时发的消息登记不上，定时任务和回复都在等（英文详情在 " + sb.log + " 里）。请确认那个 redis-server 还在运行（redis-cli ping 应显示 PONG）；好了以后不用重启沙盒，等着的回复和定时任务会自己接着发。\n"
	srv.Kill()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(sb.screen.String(), what) && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(2500 * time.Millisecond) // another tick, failing too
	srv.Restart(t)
	const back = "Redis 又连上了（断了不到1分钟），沙盒照常：这期间没登记上的消息，请在网页上再发一次。\n"
	for deadline := time.Now().Add(15 * time.Second); !strings.Contains(sb.screen.String(), back) && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	out := sb.screen.String()
	if strings.Count(out, down) != 1 || strings.Count(out, what) != 1 || strings.Count(out, back) != 1 {
		t.Errorf("terminal:\n%s\nwant once %q…%q, then once %q", out, down, what, back)
	}
	if strings.Contains(out, "level=") || strings.Contains(out, "沙盒有一步出错了") {
		t.Errorf("terminal has the log's lines, or tells them again:\n%s", out)
	}
	if logged := string(storagetest.Must(os.ReadFile(sb.log))(t)); !strings.Contains(logged, "level=ERROR") {
		t.Errorf("log file %s has no ERROR of the outage:\n%s", sb.log, logged)
	}
}
