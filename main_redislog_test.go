package main

import (
	"os"
	"testing"

	"gridbot/storage/storagetest"
	"gridbot/tmpl"
)

// TestMain routes go-redis's own logger to slog, as main does, and has
// every text rendered both by the compiled executor and by text/template,
// failing on a difference (tmpl.CheckEnv).
func TestMain(m *testing.M) {
	os.Setenv(tmpl.CheckEnv, "1")
	os.Exit(storagetest.Main(m))
}
