package storage

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

func TestClientLogIsSlog(t *testing.T) {
	var buf bytes.Buffer
	clientLog{slog.New(slog.NewTextHandler(&buf, nil))}.Printf(context.Background(), "redis: dial %s: %s", "127.0.0.1:1", "refused")
	if got := buf.String(); !strings.Contains(got, "level=WARN") || !strings.Contains(got, `detail="redis: dial 127.0.0.1:1: refused"`) {
		t.Errorf("logged %q, want a WARN line carrying the client's message", got)
	}
}
