package storage

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

// TestClientLogIsSlog: go-redis's own lines are slog debug lines: not
// shown at the bot's info level (the health gate reports an outage once),
// shown when debugging.
func TestClientLogIsSlog(t *testing.T) {
	for _, tc := range []struct {
		level slog.Level
		want  string
	}{
		{slog.LevelInfo, ""},
		{slog.LevelDebug, `level=DEBUG msg="storage: redis client" detail="redis: dial 127.0.0.1:1: refused"`},
	} {
		var buf bytes.Buffer
		l := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: tc.level}))
		clientLog{l}.Printf(context.Background(), "redis: dial %s: %s", "127.0.0.1:1", "refused")
		if got := buf.String(); tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("at level %v logged %q, want %q", tc.level, got, tc.want)
		}
	}
}
