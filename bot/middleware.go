package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
)

// Recover turns a panic in a handler into an error, so one bad message
// never stops the bot.
func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, m Message) (err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic handling %s: %v\n%s", m.ID, p, debug.Stack())
				}
			}()
			return next.Handle(ctx, m)
		})
	}
}

// Log logs every handler error once, at the boundary, and swallows it: the
// handler has already answered the user where it could.
func Log(log *slog.Logger) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, m Message) error {
			if err := next.Handle(ctx, m); err != nil {
				log.ErrorContext(ctx, "message not handled", "id", m.ID, "chat", m.Chat, "from", m.From, "err", err)
			}
			return nil
		})
	}
}
