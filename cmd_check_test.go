package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"gridbot/config"
	"gridbot/prompts/promptstest"
	"gridbot/storage/storagetest"
)

// TestCheck: gridbot check passes a township ready to run and names what
// is not: Redis without AOF; an alert webhook set to something that is no
// web address (the key alone, the address without https://), which it
// never shows; no webhook and no /healthz, so that nothing but the log
// would tell that the bot went offline. No webhook alone is optional: a
// hint that says where alerts go meanwhile, and check passes.
func TestCheck(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, rfs := exampleOn(t, srv)
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	const hook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=secret-1"
	for _, tc := range []struct {
		name, aof, hook, healthz, want string
		fails                          bool
	}{
		{"ready", "yes", hook, "", "没有发现问题，可以运行：./gridbot run -config 我的配置.yaml", false},
		{"no AOF", "no", hook, "", "有 1 条提醒（见上面的「注意」和日志），请改好后再运行一次 ./gridbot check -config 我的配置.yaml。", true},
		{"no webhook", "yes", "", "", "提示：没有设报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK 是空的）。可以不设：" +
			"机器人掉线、要重新扫码、消息发不出去时，写在日志里和 http://127.0.0.1:9090/healthz 上", false},
		{"no webhook, passes", "yes", "", "", "没有发现问题，可以运行：./gridbot run -config 我的配置.yaml", false},
		{"no webhook, no healthz", "yes", "", "off", "注意：没有设报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK 是空的），健康检查也关了（wechat.healthz: off）", true},
		{"webhook, no healthz", "yes", hook, "off", "没有发现问题", false},
		{"AOF every second", "everysec", hook, "", "提示：Redis 每秒才把数据写到硬盘一次（appendfsync everysec）：断电时，最后一秒里回过“已登记”的事项、积分可能丢。要一条不丢，按 README「Redis（必须开 AOF）」改成 appendfsync always：在 /etc/redis/redis.conf 里改没有 # 的 appendfsync everysec 那一行（只去掉 # appendfsync always 前面的 # 不管用", false},
		{"AOF every second, passes", "everysec", hook, "", "没有发现问题", false},
		{"webhook without https://", "yes", strings.TrimPrefix(hook, "https://"), "", "注意：报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK）不是 https:// 开头的网址", true},
		{"webhook's key alone", "yes", "secret-1", "", "注意：报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK）不是 https:// 开头的网址", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsync := "always"
			if tc.aof == "everysec" {
				tc.aof, fsync = "yes", "everysec"
			}
			srv.SetConfig(t, "appendonly", tc.aof)
			srv.SetConfig(t, "appendfsync", fsync)
			t.Setenv("GRIDBOT_ALERT_WEBHOOK", tc.hook)
			cfg.WeChat.Healthz = cmp.Or(tc.healthz, "127.0.0.1:9090")
			var out, logs bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			if (err != nil) != tc.fails || !strings.Contains(out.String(), tc.want) ||
				!strings.Contains(out.String(), "配置：青山镇，1 个村、3 个网格；花名册 95 人。") {
				t.Errorf("check: %v\n%s\nwant %q", err, out.String(), tc.want)
			}
			if tc.name == "ready" && strings.Contains(logs.String(), "indexed") {
				// the first check on a new Redis: nothing of an older gridbot to index, nothing to say
				t.Errorf("indexes of an empty Redis logged:\n%s", logs.String())
			}
			if strings.Contains(out.String()+logs.String(), "secret-1") {
				t.Errorf("the webhook's key shown:\n%s\n%s", out.String(), logs.String())
			}
			allChinese(t, out.String())
			// the count is told once (ops91): the terminal's line, not
			// again as the error main prints
			var term bytes.Buffer
			if err != nil {
				tellError(&term, discard(), nil, err)
			}
			if n := strings.Count(out.String()+term.String(), "条提醒"); tc.fails && n != 1 || term.Len() > 0 {
				t.Errorf("「条提醒」 told %d times; main would print %q", n, term.String())
			}
		})
	}
}

// TestCheckInterruptedWhileAskingTheModel: Ctrl+C while check waits for
// the model ends check as not done, not as "no problem found".
func TestCheckInterruptedWhileAskingTheModel(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	cfg, rfs := exampleOn(t, srv)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	llm := promptstest.New(t, func(promptstest.Request) promptstest.Response {
		cancel() // the operator presses Ctrl+C while the model is asked
		return promptstest.Response{Hang: true}
	})
	cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model = true, llm.URL(), "test-model"
	var out bytes.Buffer
	err := check(ctx, checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Now: time.Now,
		Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil || !strings.Contains(err.Error(), "没有查完") || strings.Contains(out.String(), "没有发现问题") {
		t.Errorf("check cut short: %v\n%s", err, out.String())
	}
}

// TestCheckRedisPassword: a Redis that runs but refuses the password is
// told as that, with where the password goes, not with the steps to
// install Redis; with the right password check passes.
func TestCheckRedisPassword(t *testing.T) {
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "requirepass", "pw-1")
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	cfg, rfs := exampleOn(t, srv)
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	for _, tc := range []struct{ name, password, want string }{
		{"none", "", "Redis 在运行，但不认密码（redis.url：unix://"},
		{"none, why", "", "这个 Redis 设了密码，可环境变量 GRIDBOT_REDIS_PASSWORD 是空的"},
		{"wrong", "pw-2", "环境变量 GRIDBOT_REDIS_PASSWORD 里的密码不对"},
		{"wrong, then", "pw-2", "然后重新运行 ./gridbot check -config 我的配置.yaml。"},
		{"right", "pw-1", "没有发现问题"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GRIDBOT_REDIS_PASSWORD", tc.password)
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if (err != nil) != (tc.password != "pw-1") || !strings.Contains(out.String(), tc.want) || strings.Contains(out.String(), "apt install") {
				t.Errorf("check: %v\n%s\nwant %q and no steps to install Redis", err, out.String(), tc.want)
			}
			if strings.Contains(out.String(), "pw-") {
				t.Errorf("the password shown:\n%s", out.String())
			}
		})
	}
}

// allChinese fails t when a line of what the operator reads has no
// Chinese, but for the shell commands it quotes.
func allChinese(t *testing.T, out string) {
	t.Helper()
	for line := range strings.Lines(out) {
		cmd := strings.HasPrefix(strings.TrimSpace(line), "apt ") || strings.HasPrefix(strings.TrimSpace(line), "systemctl ")
		if !cmd && strings.IndexFunc(line, func(r rune) bool { return unicode.Is(unicode.Han, r) }) < 0 {
			t.Errorf("a line without Chinese: %q", line)
		}
	}
}

// TestCheckSaysWhatToDo: what stops gridbot run is told in Chinese with
// the next step: no redis.url, a Redis that does not answer; and what it
// only warns about is shown in the terminal too, not in the log only.
func TestCheckSaysWhatToDo(t *testing.T) {
	cfg, rfs, err := loadConfig("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 12, 2, 10, 0, 0, 0, cfg.Location()) }
	opts := func(out io.Writer) checkOptions {
		return checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
			Out: out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	}
	t.Run("no redis.url", func(t *testing.T) {
		cfg.Redis.URL = ""
		err := check(context.Background(), opts(io.Discard))
		if err == nil || !strings.Contains(err.Error(), "redis.url 是空的") || !strings.Contains(err.Error(), "redis://127.0.0.1:6379/0") {
			t.Errorf("check without redis.url: %v", err)
		}
		// It names the line to change, as README says, not a new line
		// "redis.url: …" that the config refuses.
		example, _ := os.ReadFile("config.example.yaml")
		line := slices.Index(strings.Split(string(example), "\n"), `  url: ""`) + 1
		for _, want := range []string{fmt.Sprintf("第 %d 行", line), "redis: 下面的 url:", "不要另写一行"} {
			if line == 0 || err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("check without redis.url: %v; want %q", err, want)
			}
		}
	})
	t.Run("Redis down", func(t *testing.T) {
		cfg.Redis.URL = "redis://127.0.0.1:1/0"
		var out bytes.Buffer
		err := check(context.Background(), opts(&out))
		if err == nil || !strings.HasPrefix(err.Error(), "连不上 Redis，请按上面的步骤处理。原因：") {
			t.Errorf("check with Redis down: %v", err)
		}
		for _, want := range []string{"连不上 Redis（redis.url：redis://127.0.0.1:1/0）", "systemctl restart redis-server", "然后重新运行 ./gridbot check -config 我的配置.yaml。"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("check output lacks %q:\n%s", want, out.String())
			}
		}
		allChinese(t, out.String())
	})
	t.Run("warnings in the terminal", func(t *testing.T) {
		srv := storagetest.NeedServer(t)
		srv.SetConfig(t, "appendonly", "yes")
		t.Setenv("GRIDBOT_ALERT_WEBHOOK", "")
		cfg.Redis.URL = srv.URL
		cfg.SLA.BusinessDays = true
		defer func() { cfg.SLA.BusinessDays = false }()
		var out bytes.Buffer
		if err := check(context.Background(), opts(&out)); err == nil {
			t.Error("check passed without next year's holidays")
		}
		for _, want := range []string{"提示：没有设报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK 是空的）", "sla.holidays 里没有 2027 年的春节或国庆", "有 1 条提醒"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("check output lacks %q:\n%s", want, out.String())
			}
		}
	})
}

// TestCheckTellsTheRosterInChinese: the roster's problems, which the log
// warns of in English, are told in the terminal as roster -import tells
// them, and fail the check: here the people of a grid the config no
// longer has, and a household whose 与户主关系 names no 户主.
func TestCheckTellsTheRosterInChinese(t *testing.T) {
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "appendonly", "yes")
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	for _, tc := range []struct {
		name, want string
		change     func(*config.Config, fs.FS) fs.FS
	}{
		{"grid gone from the config", "example/roster.csv 第 2–31 行「网格」写的是「一组」（刘建国、陈桂兰、刘洋、马红梅、吕志刚 等 30 人）：青山村的网格只有 二组、三组",
			func(cfg *config.Config, rfs fs.FS) fs.FS {
				cfg.Villages[0].Grids = cfg.Villages[0].Grids[1:] // 一组 is gone from the config, not from the roster
				return rfs
			}},
		{"household without a head", "注意：有 1 户没有户主（「与户主关系」没有一个人写“户主”）：\n  example/roster.csv 第 97 行「与户主关系」：青山村 QS-401 这一户（赵大）没有人写“户主”",
			func(cfg *config.Config, rfs fs.FS) fs.FS {
				register, err := fs.ReadFile(rfs, cfg.Roster)
				if err != nil {
					t.Fatal(err)
				}
				return fstest.MapFS{cfg.Roster: {Data: append(register, "赵大,QS-401,子女,三组,,13900000401,是,,,村民\n"...)}}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, rfs := exampleOn(t, srv)
			rfs = tc.change(cfg, rfs)
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml",
				Now:    func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) },
				Out:    &out,
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err == nil {
				t.Errorf("check passed:\n%s", out.String())
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("check output lacks %q:\n%s", tc.want, out.String())
			}
			allChinese(t, out.String())
		})
	}
}

// TestDataDirNextToTheConfig: the QR code and images folder of a config
// is next to the config file, as its roster is, not in whatever folder
// gridbot was started from.
func TestDataDirNextToTheConfig(t *testing.T) {
	cfgPath := exampleConfig(t)
	cfg, _, err := loadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.WeChat.DataDir, filepath.Join(filepath.Dir(cfgPath), "data", "wechat"); got != want {
		t.Errorf("data_dir = %s, want %s", got, want)
	}
}

// TestCheckTellsTheModel: with llm.enabled, check says in the terminal
// whether the model answers and how fast, warns when it is near
// llm.timeout, and when it does not answer says why in a few words.
func TestCheckTellsTheModel(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	good := promptstest.Always(promptstest.Response{Content: promptstest.Reading(map[string]any{
		"intent": "report", "type": "general", "category": "水电设施", "summary": "村口路灯坏了", "confidence": 0.9})})
	for _, tc := range []struct {
		name  string
		reply func(promptstest.Request) promptstest.Response
		step  time.Duration // how far the clock moves per reading: the probe's time
		want  string
		fails bool
	}{
		{"answers", good, 300 * time.Millisecond, "大模型能用：test-model 读一条消息用了 0.3 秒（每条最多等 4 秒）。", false},
		{"slow", good, 3 * time.Second, "注意：大模型回答得慢，读一条消息用了 3 秒，接近每条最多等的 4 秒", true},
		// measured beyond the timeout (a starved process): not "接近"
		{"over", good, 5 * time.Second, "注意：大模型答上来了，但这次量到用了 5 秒，比每条最多等的 4 秒还长：超过的时间多半花在这台电脑上" +
			"（太忙，程序没轮上运行），不全是模型慢。请看看这台电脑是不是太忙（top 看 CPU 和内存），空一些后再运行一次 check；" +
			"还是超过 4 秒的一半，就换快一些的模型", true},
		{"wrong key", promptstest.Always(promptstest.Response{Status: http.StatusUnauthorized}), 0, "大模型没有正常回答（接口不认密钥（HTTP 401）：密钥不对、没设或过期了", true},
		{"no balance", promptstest.Always(promptstest.Response{Status: http.StatusPaymentRequired}), 0, "大模型没有正常回答（账户余额用完了（HTTP 402）", true},
		{"wrong address", promptstest.Always(promptstest.Response{Status: http.StatusNotFound}), 0, "大模型没有正常回答（接口地址或模型名不对（HTTP 404）：地址要写到 /v1 为止", true},
		{"no JSON mode", promptstest.Always(promptstest.Response{Status: http.StatusBadRequest, Message: "response_format is not supported"}), 0, "大模型没有正常回答（接口不认这样的请求（HTTP 400）：多半要改 llm.mode", true},
		{"no key", promptstest.Always(promptstest.Response{Status: http.StatusUnauthorized}), 0, "和密钥：环境变量 GRIDBOT_LLM_API_KEY 是空的，要密钥的服务（DeepSeek、通义千问等）请先 export GRIDBOT_LLM_API_KEY=您的密钥", true},
		{"bad answers", promptstest.Always(promptstest.Response{Content: "好的"}), 0, "大模型没有正常回答（回答的不是要的格式", true},
		// The endpoint was reached and failed: not "连不上接口".
		{"server error", promptstest.Always(promptstest.Response{Status: http.StatusInternalServerError}), 0, "大模型没有正常回答（接口出错（HTTP 500），多半是服务那边的问题", true},
		{"bad gateway", promptstest.Always(promptstest.Response{Status: http.StatusBadGateway}), 0, "大模型没有正常回答（接口出错（HTTP 502），多半是服务那边的问题", true},
		{"unreachable", nil, 0, "大模型没有正常回答（连不上接口：服务没在运行，或 llm.base_url 的地址、端口写错了", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := "sk-test"
			if tc.name == "no key" {
				key = ""
			}
			t.Setenv("GRIDBOT_LLM_API_KEY", key)
			cfg, rfs := exampleOn(t, srv)
			srv.SetConfig(t, "appendonly", "yes")
			url := "http://127.0.0.1:9/v1" // the discard port: nothing answers
			if tc.reply != nil {
				url = promptstest.New(t, tc.reply).URL()
			}
			cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model, cfg.LLM.Timeout = true, url, "test-model", config.Duration(4*time.Second)
			at := time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location())
			now := func() time.Time { at = at.Add(tc.step); return at }
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if (err != nil) != tc.fails || !strings.Contains(out.String(), tc.want) {
				t.Errorf("check: %v\n%s\nwant %q", err, out.String(), tc.want)
			}
			allChinese(t, out.String())
		})
	}
}

// TestSelfCommand: check's closing line names gridbot as the operator
// started it (TestCheck: ./gridbot), so that the command it gives can be
// copied: "gridbot run" fails where gridbot is not on the PATH.
func TestSelfCommand(t *testing.T) {
	for _, tc := range []struct{ arg0, want string }{
		{"./gridbot", "./gridbot"},
		{"/opt/gridbot/gridbot", "/opt/gridbot/gridbot"},
		{"gridbot", "gridbot"},
		{"/tmp/go-build1234567/b001/exe/gridbot", "go run ."},
	} {
		if got := selfCommand(tc.arg0); got != tc.want {
			t.Errorf("selfCommand(%q) = %q, want %q", tc.arg0, got, tc.want)
		}
	}
}

// TestCommandLine: a line to copy starts with gridbot as it was started
// ("gridbot" when nothing says otherwise) and quotes a word with a space,
// which the shell would otherwise split (a config in "My Documents").
func TestCommandLine(t *testing.T) {
	for _, tc := range []struct {
		self  string
		words []string
		want  string
	}{
		{"./gb", []string{"run", "-config", "石门镇.yaml"}, "./gb run -config 石门镇.yaml"},
		{"go run .", []string{"check", "-config", "我的配置.yaml"}, "go run . check -config 我的配置.yaml"},
		{"", []string{"jobs"}, "gridbot jobs"},
		{"./gridbot", []string{"check", "-config", "my config.yaml"}, "./gridbot check -config 'my config.yaml'"},
		{"./gridbot", []string{"check", "-config", "it's.yaml"}, `./gridbot check -config 'it'\''s.yaml'`},
	} {
		if got := commandLine(tc.self, tc.words...); got != tc.want {
			t.Errorf("commandLine(%q, %q) = %q, want %q", tc.self, tc.words, got, tc.want)
		}
	}
}

// TestCheckTestAlert: check -test-alert posts one alert to the webhook, as
// the bot would (WeCom's text message, or the generic JSON with state
// "test"), and says whether it arrived; a webhook that refuses it (a wrong
// key: WeCom's errcode 93000; HTTP 404), one that cannot be reached, and
// none at all fail the check with what to do, never showing the key.
// Without -test-alert nothing is posted; a hint says how to.
func TestCheckTestAlert(t *testing.T) {
	srv := aofServer(t)
	cfg, rfs := exampleOn(t, srv)
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	var (
		mu     sync.Mutex
		bodies []map[string]any
		answer = `{"errcode":0,"errmsg":"ok"}`
		status = http.StatusOK
	)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Errorf("webhook body: %v", err)
		}
		mu.Lock()
		defer mu.Unlock()
		bodies = append(bodies, body)
		w.WriteHeader(status)
		io.WriteString(w, answer)
	}))
	t.Cleanup(hook.Close)
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	for _, tc := range []struct {
		name, hook, kind, answer string
		status                   int
		test                     bool
		want                     string
		posted                   string // in the body posted; "" none posted
		fails                    bool
	}{
		{name: "no -test-alert", hook: hook.URL + "/send?key=secret-2",
			want: "提示：报警地址设好了（环境变量 GRIDBOT_ALERT_WEBHOOK）。想看企业微信群里能不能收到，运行 ./gridbot check -config 我的配置.yaml -test-alert 发一条测试报警。\n" +
				"配置：青山镇，1 个村、3 个网格；花名册 95 人。\n没有发现问题"},
		{name: "taken", hook: hook.URL + "/send?key=secret-2", test: true,
			want:   "已往报警地址（环境变量 GRIDBOT_ALERT_WEBHOOK）发了一条测试报警，请到企业微信群里看有没有收到",
			posted: `"msgtype":"text","text":{"content":"【测试报警】网格小助手（账号 default，青山镇）2026-11-29 10:00 运行 check -test-alert 发来的测试。`},
		{name: "generic JSON webhook", hook: hook.URL + "/send?key=secret-2", kind: "json", test: true,
			want: "已往报警地址", posted: `"state":"test"`},
		{name: "wrong key", hook: hook.URL + "/send?key=secret-2", test: true, answer: `{"errcode":93000,"errmsg":"invalid webhook url"}`,
			want: "注意：测试报警没发出去（环境变量 GRIDBOT_ALERT_WEBHOOK 里的报警地址）：企业微信说这个 Webhook 地址不对（errcode 93000）", posted: "【测试报警】", fails: true},
		{name: "not found", hook: hook.URL + "/send?key=secret-2", test: true, status: http.StatusNotFound,
			want: "报警地址回答 HTTP 404：地址不对", posted: "【测试报警】", fails: true},
		{name: "unreachable", hook: gone.URL + "/send?key=secret-2", test: true,
			want: "连不上报警地址：这台机器上不了网、域名解析不了，或地址写错了：先用 curl -I " + gone.URL + " 看这台机器连不连得上它，连得上就是地址写错了。请在企业微信群里打开群机器人，重新复制整个 Webhook 地址放进这个环境变量（前后不要有空格）。\n" +
				"配置：青山镇，1 个村、3 个网格；花名册 95 人。\n有 1 条提醒（见上面的「注意」和日志），请改好后再运行一次 ./gridbot check -config 我的配置.yaml -test-alert。", fails: true},
		{name: "none set", test: true, want: "注意：没有发测试报警：报警地址没有设（环境变量 GRIDBOT_ALERT_WEBHOOK 是空的）", fails: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			bodies, answer, status = nil, cmp.Or(tc.answer, `{"errcode":0,"errmsg":"ok"}`), cmp.Or(tc.status, http.StatusOK)
			mu.Unlock()
			t.Setenv("GRIDBOT_ALERT_WEBHOOK", tc.hook)
			c := *cfg
			c.WeChat.Alert.Kind = cmp.Or(tc.kind, "wecom")
			var out, logs bytes.Buffer
			err := check(context.Background(), checkOptions{Config: &c, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(&logs, nil)), TestAlert: tc.test})
			if (err != nil) != tc.fails || !strings.Contains(out.String(), tc.want) {
				t.Errorf("check: %v\n%s\nwant %q", err, out.String(), tc.want)
			}
			mu.Lock()
			posted, _ := json.Marshal(bodies)
			n := len(bodies)
			mu.Unlock()
			if tc.posted == "" && n > 0 || tc.posted != "" && (n != 1 || !strings.Contains(string(posted), tc.posted)) {
				t.Errorf("posted %d: %s\nwant %q", n, posted, tc.posted)
			}
			if strings.Contains(out.String()+logs.String(), "secret-2") {
				t.Errorf("the webhook's key shown:\n%s\n%s", out.String(), logs.String())
			}
			allChinese(t, out.String())
		})
	}
}

// TestCheckExamplePhones: a township written from the example that kept
// its made-up department phones fails the check (an officer's 指派 #R 司法所
// gives the number to villagers), naming the departments and the line,
// also when only its villages are another's; real numbers, and the
// example township itself, pass.
func TestCheckExamplePhones(t *testing.T) {
	srv := aofServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "")
	const warn = "注意：第 36 行：township.departments 里 政法委、司法所 的电话还是示例里虚构的号码"
	for _, tc := range []struct {
		name, township string
		village        string
		real           bool
		fails          bool
	}{
		{"the example township", "", "", false, false},
		{"another township, the example's phones", "石门镇", "", false, true},
		{"another township, its own phones", "石门镇", "", true, false},
		// a village's volunteer who kept the township's name (his own
		// may be spelt so, or he left it for later) is no example either
		{"the example's township name, another village", "", "新村", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, rfs := exampleOn(t, srv)
			cfg.Township.Name = cmp.Or(tc.township, cfg.Township.Name)
			cfg.Villages[0].Name = cmp.Or(tc.village, cfg.Villages[0].Name)
			cfg.Township.Departments = cfg.Township.Departments[:3]
			cfg.Township.Departments = slices.Delete(cfg.Township.Departments, 1, 2) // 政法委, 司法所
			if tc.real {
				// its own phones, and its own register (TestCheckSaysTheRosterIsTheExamples)
				cfg.Township.Departments[0].Phone, cfg.Township.Departments[1].Phone = "0871-6612345", "0871-6612346"
				cfg.Roster, rfs = ownRoster(t)
			}
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot",
				Now: func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) },
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if (err != nil) != tc.fails || strings.Contains(out.String(), warn) != tc.fails {
				t.Errorf("check: %v\n%s\nwant the warning %q: %v", err, out.String(), warn, tc.fails)
			}
		})
	}
}

// TestCheckUnfilledAmounts: a config that keeps the example's commented
// amounts with ○○ for the figure is told at start-up which procedures
// they are (a hint: check still passes, run and the sandbox run on), in
// Chinese on the terminal and in English in the log.
func TestCheckUnfilledAmounts(t *testing.T) {
	srv := aofServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "")
	cfg, rfs := exampleOn(t, srv)
	var out, log bytes.Buffer
	err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot",
		Now: func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) },
		Out: &out, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Errorf("check: %v", err)
	}
	if want := "提示：办事指南（procedures）里 低保、临时救助、高龄补贴、计划生育奖励扶助、冬季取暖补贴、煤改电补贴 的金额还是示例留的 ○○"; !strings.Contains(out.String(), want) {
		t.Errorf("check said\n%s\nwant %q", out.String(), want)
	}
	if want := `procedures="[低保 临时救助 高龄补贴 计划生育奖励扶助 冬季取暖补贴 煤改电补贴]"`; !strings.Contains(log.String(), want) {
		t.Errorf("log\n%s\nwant %q", log.String(), want)
	}
}

// aofServer is a private redis-server that writes every change to its
// AOF before answering, as check asks of the bot's Redis.
func aofServer(t *testing.T) *storagetest.Server {
	t.Helper()
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "appendonly", "yes")
	srv.SetConfig(t, "appendfsync", "always")
	return srv
}

// exampleOn is the bundled example's config on the Redis of srv, and the
// folder its roster is read from.
func exampleOn(t *testing.T, srv *storagetest.Server) (*config.Config, fs.FS) {
	t.Helper()
	cfg, rfs, err := loadConfig("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Redis.URL = srv.URL
	return cfg, rfs
}

// TestCheckNamesTheConfigFileOfALine: a line number that is the config's
// — a mediator the roster lacks, a redis.url that is no address — is
// told with the config file's name, as the config's parse errors are, so
// that the volunteer does not look for it in the roster; the English
// "config: " does not reach the terminal.
func TestCheckNamesTheConfigFileOfALine(t *testing.T) {
	for _, tc := range []struct{ name, from, to, want string }{
		{"mediator", "      - 郑十\n", "      - 郑石\n", "villages[0].mediators（青山村）里的「郑石」在花名册里找不到"},
		{"redis.url", `  url: ""`, `  url: 127.0.0.1:6379`, `配置里的 redis.url "127.0.0.1:6379" 不是能用的 Redis 地址`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "我的配置.yaml")
			writeConfigWithPrefix(t, path, "gbnames")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), tc.from) {
				t.Fatalf("config.example.yaml has no %q", tc.from)
			}
			edited := strings.Replace(string(b), tc.from, tc.to, 1)
			if tc.name == "mediator" {
				edited = strings.Replace(edited, `  url: ""`, "  url: redis://127.0.0.1:1/0", 1) // never reached
			}
			if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			line := slices.Index(strings.Split(edited, "\n"), strings.TrimSuffix(tc.to, "\n")) + 1
			var out bytes.Buffer
			err = run(context.Background(), []string{"check", "-config", path}, nil, &out, &out, discard())
			if err == nil {
				t.Fatal("check passed")
			}
			text, _ := terminalText(err)
			if want := fmt.Sprintf("gridbot：配置文件 %s 第 %d 行：%s", path, line, tc.want); !strings.HasPrefix(text, want) {
				t.Errorf("check says\n%s\nwant it to start %q", text, want)
			}
			if strings.Contains(text, "config: ") {
				t.Errorf("check says\n%s\nwith the English prefix", text)
			}
		})
	}
}
