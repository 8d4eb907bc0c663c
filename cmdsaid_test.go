package main

import (
	"encoding/json"
	"strings"
	"testing"

	"gridbot/bot/replay"
)

// wantSaid checks what the command cmd said: when it should fail (and
// must), its error as the terminal shows it; otherwise (and it must not
// fail) out. Either must contain want; it returns what it checked.
func wantSaid(t *testing.T, cmd string, err error, out string, fails bool, want string) string {
	t.Helper()
	got := out
	if fails {
		if err == nil {
			t.Fatalf("%s passed:\n%s", cmd, out)
		}
		got, _ = terminalText(err)
	} else if err != nil {
		t.Fatalf("%s: %v", cmd, err)
	}
	if !strings.Contains(got, want) {
		t.Errorf("%s says\n%s\nwant %q", cmd, got, want)
	}
	return got
}

// parseOuts reads a replay's output, one JSON object a line.
func parseOuts(t *testing.T, raw string) []replay.Out {
	t.Helper()
	var outs []replay.Out
	for _, line := range strings.Split(strings.TrimSpace(raw), "\n") {
		var o replay.Out
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		outs = append(outs, o)
	}
	return outs
}
