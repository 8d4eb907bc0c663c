package config

import (
	"strings"
	"testing"
)

// TestLLMTimeoutTold: odd values of llm.timeout are refused once each, with
// the bounds the message states being the ones enforced, and the way out.
func TestLLMTimeoutTold(t *testing.T) {
	llm := func(timeout string) string {
		return minimal + "llm:\n  enabled: true\n  base_url: http://127.0.0.1:1/v1\n  model: m\n  timeout: " + timeout + "\n"
	}
	tests := []struct {
		name, timeout string
		want          []string
		notWant       string
	}{
		{"below the stated least", "500ms", []string{"llm.timeout 写的是 500ms", "1s 到 2m"}, ""},
		{"above the most, told once", "3m", []string{"llm.timeout 写的是 3m", "1s 到 2m"}, "handle_timeout"},
		{"as long as handle_timeout", "2m", []string{"wechat.handle_timeout（2m）没有比 llm.timeout（2m）长", "调大（如 3m）"}, "1s 到 2m"},
		{"a bare number", "90", []string{"llm.timeout 写的是 \"90\"", "90s（秒）"}, "24h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := parseError(t, llm(tt.timeout), tt.want)
			if tt.notWant != "" && strings.Contains(err.Error(), tt.notWant) {
				t.Errorf("error %q also says %q", err, tt.notWant)
			}
		})
	}
	for _, ok := range []string{"1s", "8s", "60s"} {
		if _, err := Parse([]byte(llm(ok))); err != nil {
			t.Errorf("llm.timeout %s refused: %v", ok, err)
		}
	}
}
