package main

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/config"
	"gridbot/prompts/promptstest"
	"gridbot/storage/storagetest"
)

// TestCheckSaysTheRosterIsTheExamples: a township written into the
// example config that still names the example's register — roster:
// example/roster.csv as copied, or that file copied next to the config —
// passes every other check (its one village takes every name), and would
// go live with made-up people as its cadres: check says so and fails. The
// example itself, and a village's own register, are let be.
func TestCheckSaysTheRosterIsTheExamples(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	shipped := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
	own := ownRosterBytes(t)
	for _, tc := range []struct {
		name    string
		village string // "" keeps the example's
		file    []byte // written next to the config as roster.csv; nil: roster: example/roster.csv
		warned  bool
	}{
		{"the example itself", "", nil, false},
		{"another village, roster as copied", "石门村", nil, true},
		{"another village, the example's copied next to the config", "石门村", shipped, true},
		{"another village, its own", "石门村", own, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, rfs := exampleOn(t, srv)
			if tc.village != "" {
				// the made-up phones are warned of apart (examplePhones)
				cfg.Villages[0].Name, cfg.Township.Departments = tc.village, nil
			}
			if tc.file != nil {
				dir := t.TempDir()
				if err := os.WriteFile(filepath.Join(dir, "roster.csv"), tc.file, 0o644); err != nil {
					t.Fatal(err)
				}
				cfg.Roster, rfs = "roster.csv", rootedFS(dir)
			}
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot",
				Now: func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) },
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			said := strings.Contains(out.String(), "还是示例镇的花名册（张三、李四这些是虚构的人，网格长、镇干部、管理员也是）") &&
				strings.Contains(out.String(), "请把 roster: 改成自己的文件名")
			if said != tc.warned || (err != nil) != tc.warned {
				t.Errorf("check: %v, told of the example's roster %v, want %v:\n%s", err, said, tc.warned, out.String())
			}
			allChinese(t, out.String())
		})
	}
}

// TestModelDownBlamesTheKeyOnlyWhenItMayBe: with no key set (Ollama
// needs none), a model that is down, failing or refusing the request for
// another reason is told without "the key's variable is empty, export
// it", which would send the volunteer after a key; a refused key (401,
// 403) still says so.
func TestModelDownBlamesTheKeyOnlyWhenItMayBe(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	t.Setenv("GRIDBOT_LLM_API_KEY", "")
	const keyHint = "环境变量 GRIDBOT_LLM_API_KEY 是空的"
	for _, tc := range []struct {
		name   string
		status int // 0: nothing listens
		key    bool
	}{
		{"unreachable", 0, false},
		{"server error", http.StatusInternalServerError, false},
		{"wrong model", http.StatusNotFound, false},
		{"no JSON mode", http.StatusBadRequest, false},
		{"no balance", http.StatusPaymentRequired, false},
		{"no key", http.StatusUnauthorized, true},
		{"key refused", http.StatusForbidden, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, rfs := exampleOn(t, srv)
			url := "http://127.0.0.1:9/v1" // the discard port: nothing answers
			if tc.status != 0 {
				url = promptstest.New(t, promptstest.Always(promptstest.Response{Status: tc.status})).URL()
			}
			cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model, cfg.LLM.Timeout = true, url, "test-model", config.Duration(4*time.Second)
			var out bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Now: time.Now,
				Out: &out, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err == nil || !strings.Contains(out.String(), "注意：大模型没有正常回答（") ||
				!strings.Contains(out.String(), "请检查 llm.base_url、llm.model") {
				t.Fatalf("check: %v, want the model told down:\n%s", err, out.String())
			}
			if got := strings.Contains(out.String(), keyHint); got != tc.key {
				t.Errorf("told %q: %v, want %v:\n%s", keyHint, got, tc.key, out.String())
			}
		})
	}
}

// TestCheckSaysThePasswordIsInTheRedisURL: a Redis password written into
// redis.url works, but sits in a file that is copied and backed up
// (README: 不要写进配置文件): check says where it belongs and fails,
// never showing it; a user name alone is no password.
func TestCheckSaysThePasswordIsInTheRedisURL(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	for _, tc := range []struct {
		user   string
		warned bool
	}{
		{":secret-7@", true},
		{"default:secret-7@", true},
		{"default@", false},
		{"", false},
	} {
		t.Run(tc.user, func(t *testing.T) {
			cfg, rfs := exampleOn(t, srv)
			scheme, rest, ok := strings.Cut(srv.URL, "://") // redis://host:port or unix:///path
			if !ok {
				t.Fatalf("no :// in %q", srv.URL)
			}
			cfg.Redis.URL = scheme + "://" + tc.user + rest
			var out, logs bytes.Buffer
			err := check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot",
				Now: func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) },
				Out: &out, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			said := strings.Contains(out.String(), "redis.url 里写了 Redis 的密码") &&
				strings.Contains(out.String(), "把密码放进环境变量 GRIDBOT_REDIS_PASSWORD")
			if said != tc.warned || (err != nil) != tc.warned {
				t.Errorf("check: %v, told of the password %v, want %v:\n%s", err, said, tc.warned, out.String())
			}
			if strings.Contains(out.String()+logs.String(), "secret-7") {
				t.Errorf("the password shown:\n%s\n%s", out.String(), logs.String())
			}
		})
	}
}

// ownRosterBytes is the example's register with one phone changed: a
// village's own, as far as exampleRoster can tell.
func ownRosterBytes(t *testing.T) []byte {
	t.Helper()
	shipped := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
	own := bytes.Replace(shipped, []byte("13800001011"), []byte("13800009911"), 1)
	if bytes.Equal(own, shipped) {
		t.Fatal("example/roster.csv has no 13800001011 to change")
	}
	return own
}

// ownRoster writes ownRosterBytes to a folder of its own: the roster: line
// and the folder to open it from.
func ownRoster(t *testing.T) (string, fs.FS) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "roster.csv"), ownRosterBytes(t), 0o644); err != nil {
		t.Fatal(err)
	}
	return "roster.csv", rootedFS(dir)
}
