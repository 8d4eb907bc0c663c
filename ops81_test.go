package main

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// TestStartUpFailureCauseOffTheTerminal: a command started at a terminal
// that fails tells the volunteer the Chinese only; the English cause goes
// to the failed log (before: a level=ERROR line under the Chinese). An
// error with no Chinese in it points below, to its cause on the terminal
// (before: 「上面」, while the line came after).
func TestStartUpFailureCauseOffTheTerminal(t *testing.T) {
	var term, aside bytes.Buffer
	log := slog.New(slog.NewTextHandler(&term, nil))
	tellError(&term, log, slog.New(slog.NewTextHandler(&aside, nil)),
		errors.New("config: 找不到配置文件 我的配置.yml：这个文件夹里有 我的配置.yaml，是不是它？（open 我的配置.yml: no such file or directory）"))
	if got := term.String(); strings.Contains(got, "level=") || !strings.HasPrefix(got, "gridbot：找不到配置文件 我的配置.yml") {
		t.Errorf("terminal told\n%s\nwant the Chinese only", got)
	}
	if !strings.Contains(aside.String(), `cause="config: open 我的配置.yml: no such file or directory"`) {
		t.Errorf("the failed log holds\n%s\nwant the English cause", aside.String())
	}

	term.Reset()
	aside.Reset()
	tellError(&term, log, slog.New(slog.NewTextHandler(&aside, nil)), errors.New("eval: labelled set: read x: is a directory"))
	got := term.String()
	said, cause := strings.Index(got, "下面日志里 level=ERROR"), strings.Index(got, `level=ERROR msg="gridbot failed"`)
	if said < 0 || cause < said || aside.Len() > 0 {
		t.Errorf("an English-only error told\n%s\n(failed log %q); want the Chinese pointing below, then the cause", got, aside.String())
	}
}
