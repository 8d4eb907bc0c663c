package main

import (
	"context"
	"io"
	"testing"

	"gridbot/app"
	"gridbot/config"
	"gridbot/storage/storagetest"
)

// exampleApp opens the example configuration's app, quiet, on the Redis
// at url, closed when tb ends; it returns the configuration with it.
func exampleApp(ctx context.Context, tb testing.TB, url string) (*config.Config, *app.App) {
	tb.Helper()
	cfg, rfs, err := loadConfig("")
	if err != nil {
		tb.Fatal(err)
	}
	a := storagetest.Must(openApp(ctx, app.Options{Config: cfg, RosterFS: rfs, RedisURL: url, Logger: discard()}, io.Discard))(tb)
	tb.Cleanup(func() { a.Close() })
	return cfg, a
}
