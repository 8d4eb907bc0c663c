package main

import (
	"bytes"
	"net"
	"strings"
	"testing"
)

// deadURL is an address where nothing listens: a model the operator
// configured but did not start, or a port written wrong.
func deadURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/v1"
}

// classify against a model that is not there reads every line by the
// rules and tells the operator once, in Chinese, that the model did not
// answer, why, and what to check — not only an English log line per
// message.
func TestClassifyDeadModelTellsAndFallsBack(t *testing.T) {
	url := deadURL(t)
	cfg := llmConfig(t, url)
	input := strings.Join([]string{
		`{"text":"我家那边好像有点什么情况不太对"}`,
		`{"text":"我们那口老井最近的水不大对劲"}`,
		`{"text":"村头老槐树底下最近晚上总有动静"}`,
	}, "\n")
	var stdout, stderr bytes.Buffer
	if err := cmdClassify(t.Context(), []string{"-config", cfg}, strings.NewReader(input), &stdout, &stderr, discard()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(lines), stdout.String())
	}
	for _, l := range lines {
		if !strings.Contains(l, `"source":"rules"`) {
			t.Errorf("line %s: want the rules' reading", l)
		}
	}
	said := stderr.String()
	for _, want := range []string{"注意：大模型没有正常回答", "连不上接口", url, "llm.base_url", `"source":"rules"`} {
		if !strings.Contains(said, want) {
			t.Errorf("stderr does not say %q:\n%s", want, said)
		}
	}
	if n := strings.Count(said, "注意：大模型没有正常回答"); n != 1 {
		t.Errorf("told %d times, want once:\n%s", n, said)
	}
}
