package handlers_test

import (
	"os"
	"strings"
	"testing"
)

func TestProbeAppr110(t *testing.T) {
	raw, err := os.ReadFile("/tmp/appr110/probe.txt")
	if err != nil {
		t.Skip()
	}
	for _, m := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		if m == "" {
			continue
		}
		c := newChat(t, guideReader(t))
		t.Logf("=== %s\n%s", m, strings.Join(c.say("陈二", m), "\n---\n"))
	}
}
