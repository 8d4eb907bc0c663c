package main

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/config"
	"gridbot/prompts/promptstest"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// A Redis with a memory limit and an evicting policy deletes reports,
// points and queued messages without an error once full: check warns (and
// so fails) with the redis.conf line to change; noeviction passes.
func TestCheckWarnsOfEviction(t *testing.T) {
	srv, _, check := checkReady(t)
	srv.SetConfig(t, "maxmemory", "512mb")
	for _, tc := range []struct {
		policy, want string
		fails        bool
	}{
		{"allkeys-lru", "注意：Redis 设了内存上限（maxmemory），用满时按 maxmemory-policy allkeys-lru 删掉旧的键", true},
		{"volatile-lru", "maxmemory-policy noeviction", true},
		{"noeviction", "没有发现问题", false},
	} {
		t.Run(tc.policy, func(t *testing.T) {
			srv.SetConfig(t, "maxmemory-policy", tc.policy)
			out, logs, err := check()
			if (err != nil) != tc.fails || !strings.Contains(out.String(), tc.want) {
				t.Errorf("check with maxmemory-policy %s: %v\n%s\nwant %q", tc.policy, err, out.String(), tc.want)
			}
			if tc.fails && !strings.Contains(logs.String(), "maxmemory_policy="+tc.policy) {
				t.Errorf("log does not name the policy:\n%s", logs.String())
			}
			allChinese(t, out.String())
		})
	}
}

// check against a Redis whose memory is full (maxmemory, noeviction): it
// answers PING, yet takes no write. check said the English OOM of an index
// rebuild, or, with the indexes built already, 「没有发现问题」: run then
// registered nothing. It says what is wrong and what to run.
func TestCheckOnARedisRefusingWrites(t *testing.T) {
	srv, _, check := checkReady(t)
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	srv.SetConfig(t, "maxmemory", "1")
	out, _, err := check()
	if err == nil || !strings.Contains(err.Error(), "Redis 不肯写入") {
		t.Errorf("check on a Redis refusing writes: %v, want Redis 不肯写入", err)
	}
	for _, want := range []string{"Redis 在运行，但不肯写入", "内存用到了上限（maxmemory）", "redis-cli INFO memory", "CONFIG SET maxmemory 0", "然后重新运行 ./gridbot check -config 我的配置.yaml"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("terminal does not say %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "apt install") {
		t.Errorf("terminal gives the steps to install Redis; it runs:\n%s", out.String())
	}
	allChinese(t, out.String())
}

// checkReady is a private redis-server set up as the README says (AOF,
// always) with the example township's config (to change before the
// check), its alert webhook set, and check on them: what it printed and
// logged.
func checkReady(t *testing.T) (*storagetest.Server, *config.Config, func() (out, logs *bytes.Buffer, err error)) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	cfg, rfs := exampleOn(t, srv)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
	now := func() time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, cfg.Location()) }
	srv.SetConfig(t, "appendonly", "yes")
	srv.SetConfig(t, "appendfsync", "always")
	return srv, cfg, func() (out, logs *bytes.Buffer, err error) {
		out, logs = new(bytes.Buffer), new(bytes.Buffer)
		err = check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
			Out: out, Logger: slog.New(slog.NewTextHandler(logs, nil))})
		return out, logs, err
	}
}

// An llm.base_url that answers 200 with a web page (a proxy's or a
// network's login page, a site's address without /v1) or bytes was told
// 「连不上接口：服务没在运行」: it was reached. check says the address
// answers something that is no model's API, and what to look at.
func TestCheckTellsAWebPageForTheModel(t *testing.T) {
	for _, body := range []string{"<html><body>502 Bad Gateway</body></html>", "\x00\x01\xff garbage"} {
		_, cfg, check := checkReady(t)
		t.Setenv("GRIDBOT_LLM_API_KEY", "sk-test")
		llm := promptstest.New(t, promptstest.Always(promptstest.Response{Raw: body}))
		cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model, cfg.LLM.Timeout = true, llm.URL(), "test-model", config.Duration(4*time.Second)
		out, _, err := check()
		if err == nil || !strings.Contains(out.String(), "大模型没有正常回答（地址回答的不是大模型接口（多半是一个网页）：llm.base_url 写错了（要写到 /v1 为止）") ||
			strings.Contains(out.String(), "连不上接口") {
			t.Errorf("check with a model's address answering %q: %v\n%s", body, err, out.String())
		}
	}
}

// The sandbox's page says why Redis takes no write and what to do
// (refusedWrites), in Chinese, once a write was refused; nothing while it
// takes them.
func TestRefusedWritesForThePage(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	refused := refusedWrites(st)
	if got := refused(ctx); got != "" {
		t.Errorf("with writes taken: %q, want nothing", got)
	}
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	srv.SetConfig(t, "maxmemory", "1")
	if _, err := st.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "m1", Incr: []storage.Incr{{Hash: "n", Field: "f", By: 1}}}); err == nil {
		t.Fatal("a commit with memory full went through")
	}
	if got := refused(ctx); !strings.HasPrefix(got, "Redis 在运行，但不肯写入：内存用到了上限（maxmemory）。") || !strings.Contains(got, "CONFIG SET maxmemory 0") {
		t.Errorf("with memory full: %q, want why and what to do", got)
	}
}
