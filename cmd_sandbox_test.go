package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridbot/prompts/promptstest"
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
