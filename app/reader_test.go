package app

import (
	"io"
	"log/slog"
	"testing"

	"gridbot/prompts/promptstest"
)

// TestReaderRetries: the reader built from a config retries a failed call
// as the config says: once by default (as understand.NewPipeline does with
// zero options), never with llm.max_retries: 0.
func TestReaderRetries(t *testing.T) {
	for _, tt := range []struct {
		name    string
		retries *int
		calls   int
	}{
		{"default", nil, 2},
		{"max_retries 0", new(0), 1},
		{"max_retries 2", new(2), 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := promptstest.New(t, promptstest.Always(promptstest.Response{Status: 503}))
			cfg := exampleConfig(t)
			cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model = true, srv.URL(), "m"
			if tt.retries != nil {
				cfg.LLM.MaxRetries = tt.retries
			}
			r := NewReader(cfg, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if got := r.Read(t.Context(), "村头老槐树底下最近晚上总有动静"); got.Source != "rules" {
				t.Fatalf("Read = %+v, want the rules' reading", got)
			}
			if n := srv.Calls(); n != tt.calls {
				t.Errorf("%d calls, want %d", n, tt.calls)
			}
		})
	}
}
