package understand

import (
	"bytes"
	"strings"
	"testing"
)

// TestWatchTellsEachChangeOnce: the model paused is told once however
// often the breaker retries and pauses again, in Chinese with what to
// check and the English after it; its recovery once; nothing while it
// stays up.
func TestWatchTellsEachChangeOnce(t *testing.T) {
	var w Watch
	var term bytes.Buffer
	for _, state := range []string{"checking", "up", "paused", "retrying", "paused", "up", "up", "paused"} {
		w.Tell(Health{Model: "m1", State: state}, &term)
	}
	got := term.String()
	want := []string{
		"注意：大模型 m1 连续出错或回答太慢，先暂停：拿不准的消息只用规则读，群里照常。",
		"大模型 m1 又能用了。/ The model answers again.",
		"注意：大模型 m1 连续出错或回答太慢",
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("terminal:\n%s\nwant %d lines: paused, back, paused", got, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to start %q", i+1, lines[i], w)
		}
	}
	if !strings.Contains(lines[0], "核对 llm.base_url、llm.model 和密钥") || !strings.Contains(lines[0], "/ The model keeps failing or is too slow") {
		t.Errorf("the pause does not say what to check, in Chinese and English: %q", lines[0])
	}
}

// The endpoint asking to wait (HTTP 429) is told as that: nothing to fix,
// it resumes by itself; not as settings to check.
func TestWatchTellsAThrottledEndpointAsBusy(t *testing.T) {
	var w Watch
	var term bytes.Buffer
	w.Tell(Health{Model: "m1", State: "paused", Cause: "throttled"}, &term)
	got := term.String()
	if !strings.HasPrefix(got, "注意：大模型 m1 的服务说太忙（HTTP 429），按它说的时间先不问它（最多 10 分钟）") || !strings.Contains(got, "不用管") ||
		strings.Contains(got, "llm.base_url") {
		t.Errorf("terminal: %q, want the endpoint busy, nothing to fix", got)
	}
}
