package handlers_test

import (
	"os"
	"testing"

	"gridbot/storage/storagetest"
)

// TestMain routes go-redis's own logger to slog, as main does, and has
// every text rendered both by the compiled executor and by text/template,
// failing on a difference (storagetest.MainCheckingTexts).
func TestMain(m *testing.M) { os.Exit(storagetest.MainCheckingTexts(m)) }
