package storage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/redis/go-redis/v9"
)

// LogClientTo sends go-redis's own messages (reconnects, pool and
// protocol troubles) to l instead of the standard logger on stderr, so
// that every line the bot writes is a slog line. go-redis keeps one logger
// per process; main calls this once.
func LogClientTo(l *slog.Logger) { redis.SetLogger(clientLog{l}) }

type clientLog struct{ l *slog.Logger }

func (c clientLog) Printf(ctx context.Context, format string, v ...any) {
	c.l.WarnContext(ctx, "storage: redis client", "detail", fmt.Sprintf(format, v...))
}
