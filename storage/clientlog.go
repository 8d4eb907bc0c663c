package storage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/redis/go-redis/v9"
)

// LogClientTo sends go-redis's own messages (reconnects, pool and
// protocol troubles: "failed to dial after 5 attempts" on every command
// while Redis is down) to l at debug level instead of the standard logger
// on stderr, so that every line the bot writes is a slog line and an
// outage is reported once, by the health gate (bot.Outage), not once a
// command. go-redis keeps one logger per process; main (or a test
// binary's TestMain) calls this once.
func LogClientTo(l *slog.Logger) { redis.SetLogger(clientLog{l}) }

type clientLog struct{ l *slog.Logger }

func (c clientLog) Printf(ctx context.Context, format string, v ...any) {
	if !c.l.Enabled(ctx, slog.LevelDebug) {
		return
	}
	c.l.DebugContext(ctx, "storage: redis client", "detail", fmt.Sprintf(format, v...))
}
