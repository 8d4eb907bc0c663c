package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"gridbot/storage/storagetest"
)

// TestBench runs a short bench on a private redis-server and checks the
// line it prints: what it counted, not how fast it went.
func TestBench(t *testing.T) {
	srv := storagetest.NeedServer(t)
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"bench", "-redis", srv.URL, "-n", "40"}, nil, &stdout, &stderr, discard()); err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr.String())
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

// TestRedisAddressSaysWhatToDo: a -redis that is not a Redis address, or
// one where no Redis answers, is told in Chinese with what to check, by
// every command that takes -redis, before anything runs.
func TestRedisAddressSaysWhatToDo(t *testing.T) {
	const (
		badURL = `"127.0.0.1:6379" 不是能用的 Redis 地址：请写成 redis://127.0.0.1:6379/0`
		down   = "连不上 Redis：请确认 redis-server 在运行"
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
