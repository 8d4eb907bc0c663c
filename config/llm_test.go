package config

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/prompts"
	"gridbot/understand"
)

// TestLLMDefaults: a config without an llm block, the example's llm block
// and the packages' own defaults (what prompts.New and
// understand.NewPipeline take for zero options) are the same settings.
func TestLLMDefaults(t *testing.T) {
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	retries := understand.DefaultMaxRetries
	want := LLM{APIKeyEnv: "GRIDBOT_LLM_API_KEY", Timeout: Duration(understand.DefaultTimeout),
		Mode: prompts.DefaultMode, MaxTokens: prompts.DefaultMaxTokens, MaxRetries: &retries,
		BreakerFailures: understand.DefaultBreakerFailures, BreakerCooldown: Duration(understand.DefaultBreakerCooldown),
		BreakerSlow: Duration(understand.DefaultBreakerSlow),
		CacheTTL:    Duration(understand.DefaultCacheTTL), MinRunes: understand.DefaultMinRunes,
		MaxInputRunes: understand.DefaultMaxInputRunes, SettleAbove: understand.DefaultSettleAbove,
		ConfirmAbove: 0.6, RegisterAbove: 0.8,
		ConfirmTTL: Duration(30 * time.Minute), DuplicateWindow: Duration(3 * 24 * time.Hour), DuplicateSimilarity: 0.5}
	if diff := cmp.Diff(c.LLM, want); diff != "" {
		t.Errorf("a config without an llm block (-got +want):\n%s", diff)
	}
	ex := mustLoadExample(t)
	if diff := cmp.Diff(ex.LLM, c.LLM); diff != "" {
		t.Errorf("config.example.yaml's llm block differs from a config without one (-example +zero):\n%s", diff)
	}
	// The values the example documents, so that a changed default is a
	// visible change here and in the example's comments.
	if c.LLM.Timeout.Std() != 8*time.Second || c.LLM.MaxTokens != 400 || *c.LLM.MaxRetries != 1 || c.LLM.BreakerFailures != 3 ||
		c.LLM.BreakerCooldown.Std() != time.Minute || c.LLM.SettleAbove != 0.85 || c.LLM.MinRunes != 5 || c.LLM.MaxInputRunes != 500 {
		t.Errorf("the defaults moved from what config.example.yaml documents: %+v", c.LLM)
	}
}

func TestLLMValidation(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"llm:\n  mode: xml\n", "llm.mode"},
		{"llm:\n  max_retries: 9\n", "llm.max_retries"},
		{"llm:\n  confirm_above: 0.9\n  register_above: 0.7\n", "先问再登记"},
		{"llm:\n  duplicate_similarity: 2\n", "llm.duplicate_similarity"},
		{"llm:\n  timeout: 10m\n", "llm.timeout"},
		{"llm:\n  enabled: true\n", "base_url 或 model 是空的"},
		{"llm:\n  max_tokens: 20\n", "llm.max_tokens"},
		{"llm:\n  extra_body: {model: other}\n", "llm.extra_body.model：这个字段由 gridbot 自己填"},
		{"llm:\n  extra_body: {response_format: {type: text}}\n", "llm.extra_body.response_format"},
		// base_url as operators get it wrong: no scheme, the whole
		// endpoint path, a typo'd scheme.
		{"llm:\n  base_url: api.deepseek.com/v1\n", "llm.base_url 写的是 \"api.deepseek.com/v1\"：要以 http:// 或 https:// 开头"},
		{"llm:\n  base_url: 127.0.0.1:11434/v1\n", "要以 http:// 或 https:// 开头"},
		{"llm:\n  base_url: https://api.deepseek.com/v1/chat/completions\n", "写到 /v1 为止，不要带 /chat/completions：https://api.deepseek.com/v1"},
		{"llm:\n  base_url: htp://127.0.0.1:8000/v1\n", "要以 http:// 或 https:// 开头"},
		{"llm:\n  base_url: \"http:// 127.0.0.1:8000/v1\"\n", "llm.base_url"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(minimal + tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want it to mention %q", tt.yaml, err, tt.want)
		}
	}
	c, err := Parse([]byte(minimal + "llm:\n  mode: plain\n  extra_body: {enable_thinking: false, chat_template_kwargs: {enable_thinking: false}}\n"))
	if err != nil {
		t.Fatalf("mode plain with extra_body: %v", err)
	}
	if want := map[string]any{"enable_thinking": false, "chat_template_kwargs": map[string]any{"enable_thinking": false}}; !cmp.Equal(c.LLM.ExtraBody, want) {
		t.Errorf("extra_body = %#v, want %#v", c.LLM.ExtraBody, want)
	}
	for _, u := range []string{"https://api.deepseek.com/v1", "https://dashscope.aliyuncs.com/compatible-mode/v1",
		"http://127.0.0.1:11434/v1", "http://127.0.0.1:8000/v1/", "http://gpu-box:8000/v1"} {
		if _, err := Parse([]byte(minimal + "llm:\n  base_url: " + u + "\n")); err != nil {
			t.Errorf("base_url %s: %v", u, err)
		}
	}
	zero := 0
	c, err = Parse([]byte(minimal + "llm:\n  max_retries: 0\n"))
	if err != nil || *c.LLM.MaxRetries != zero {
		t.Errorf("max_retries: 0 must mean no retry: %v, %v", c, err)
	}
}
