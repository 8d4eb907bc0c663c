package scheduler_test

import (
	"os"
	"testing"

	"gridbot/storage/storagetest"
)

// TestMain routes go-redis's own logger to slog, as main does, and checks
// every text rendered (storagetest.MainCheckingTexts).
func TestMain(m *testing.M) { os.Exit(storagetest.MainCheckingTexts(m)) }
