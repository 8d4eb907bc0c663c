package main

import (
	"os"
	"testing"

	"gridbot/storage/storagetest"
)

// TestMain routes go-redis's own logger to slog, as main does.
func TestMain(m *testing.M) { os.Exit(storagetest.Main(m)) }
