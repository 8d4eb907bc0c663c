package main

import (
	"bytes"
	"context"
	"encoding/json"
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
