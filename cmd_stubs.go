package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
)

func cmdSandbox(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	return errors.New("sandbox: not wired yet")
}
