package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
)

// Every gridbot command line README (or docs/usage.md) gives the volunteer to copy (go run .,
// ./gridbot, /opt/gridbot/gridbot) uses only flags that command has: a
// flag renamed in the code and not in README stops him at the first step.
func TestReadmeCommandsUseRealFlags(t *testing.T) {
	flagLine := regexp.MustCompile(`(?m)^\s+-([a-z][a-z-]*)`)
	flags := map[string]map[string]bool{}
	for _, c := range commands {
		var stderr bytes.Buffer
		_ = run(context.Background(), []string{c.name, "-h"}, nil, io.Discard, &stderr, discard())
		flags[c.name] = map[string]bool{"h": true}
		for _, m := range flagLine.FindAllStringSubmatch(stderr.String(), -1) {
			flags[c.name][m[1]] = true
		}
		if len(flags[c.name]) < 2 {
			t.Fatalf("gridbot %s -h lists no flags:\n%s", c.name, stderr.String())
		}
	}
	line := regexp.MustCompile("(?:go run \\.|gridbot)\\s+([a-z]+)((?:\\s+[^\\s`|;<>，。）]+)*)")
	checked := 0
	// docs/usage.md is the behaviour reference moved out of README.
	for _, path := range []string{"README.md", "docs/usage.md"} {
		doc, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(doc), "\n") {
			for _, m := range line.FindAllStringSubmatch(l, -1) {
				known, ok := flags[m[1]]
				if !ok {
					continue // not a command (useradd … gridbot, go run . eval's words)
				}
				checked++
				for _, word := range strings.Fields(m[2]) {
					name, _, _ := strings.Cut(strings.Trim(word, "-'\""), "=")
					if strings.HasPrefix(word, "-") && name != "" && !known[name] {
						t.Errorf("%s line %d: gridbot %s has no flag %s: %s", path, i+1, m[1], word, l)
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d command lines found in README and docs/usage.md, want the setup's", checked)
	}
}
