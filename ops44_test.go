package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestOps44TerminalKeepsNamesInBrackets: an English name in brackets at the
// end of a Chinese line (the roster's 「性别（gender）」) is part of what
// the operator is told, not a cause to drop; a cause of several English
// words still is.
func TestOps44TerminalKeepsNamesInBrackets(t *testing.T) {
	line := "花名册.csv 第 1 行「身份证号」：不认得这一列…：村（village）、性别（gender）"
	if got, cause := terminalText(errors.New(line)); got != "gridbot："+line || cause != "" {
		t.Errorf("told %q (dropped %q), want the line whole", got, cause)
	}
	if got, cause := terminalText(errors.New("连不上（connection refused）")); got != "gridbot：连不上" || cause != "connection refused" {
		t.Errorf("an English cause is told as %q (dropped %q)", got, cause)
	}
}

// TestOps44LLMTimeoutSaysWhatToDo: a model that does not answer within
// llm.timeout is told as slow, with what to change, not only as a wrong
// address or key.
func TestOps44LLMTimeoutSaysWhatToDo(t *testing.T) {
	got := llmWhy(fmt.Errorf("prompts: chat completion: %w", context.DeadlineExceeded), 8*time.Second)
	for _, want := range []string{"8 秒内没有回答", "换快一些的模型", "llm.timeout 调大"} {
		if !strings.Contains(got, want) {
			t.Errorf("llmWhy = %q, want it to say %q", got, want)
		}
	}
}
