package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/prompts/promptstest"
	"gridbot/storage/storagetest"
)

// TestSandboxTellsTheModel: a sandbox started with a config that turns the
// model on says at start whether it answers, as run and check do, so that
// an operator trying the model by hand knows whether free text is read
// with it or by the rules alone.
func TestSandboxTellsTheModel(t *testing.T) {
	llm := promptstest.New(t, promptstest.Always(promptstest.Response{Status: http.StatusInternalServerError}))
	example, err := os.ReadFile("config.example.yaml")
	roster, err2 := filepath.Abs("example/roster.csv")
	if err := errors.Join(err, err2); err != nil {
		t.Fatal(err)
	}
	yaml := strings.NewReplacer("roster: example/roster.csv", "roster: "+roster,
		"  enabled: false\n  # base_url", "  enabled: true\n  # base_url",
		"  base_url: \"\"\n  model: \"\"", "  base_url: "+llm.URL()+"\n  model: test-model").Replace(string(example))
	path := filepath.Join(t.TempDir(), "我的配置.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
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
// one, and -redis says where the data is kept instead.
func TestSandboxFirstLinesSayWhatItIs(t *testing.T) {
	srv := storagetest.NeedServer(t)
	example, err := os.ReadFile("config.example.yaml")
	roster, err2 := filepath.Abs("example/roster.csv")
	if err := errors.Join(err, err2); err != nil {
		t.Fatal(err)
	}
	config := func(redisURL string) string {
		yaml := strings.NewReplacer("roster: example/roster.csv", "roster: "+roster,
			"  url: \"\"", "  url: "+redisURL).Replace(string(example))
		path := filepath.Join(t.TempDir(), "我的配置.yaml")
		if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	withBots := config("redis://127.0.0.1:6379/0")
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
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- cmdSandbox(ctx, append(tc.args, "-addr", "127.0.0.1:0"), &screen, log) }()
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(screen.String(), "sandbox listening") && time.Now().Before(deadline); {
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
			out := screen.String()
			for _, lose := range append(tc.lose, "level=WARN", "level=ERROR") {
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
