package main

import (
	"os"
	"testing"

	"gridbot/storage/storagetest"
)

// TestMain routes go-redis's own logger to slog, as main does, and checks
// every text rendered (storagetest.MainCheckingTexts); at the end it
// removes the crash tests' binary (buildBinary).
func TestMain(m *testing.M) {
	code := storagetest.MainCheckingTexts(m)
	crashBinary.remove()
	os.Exit(code)
}
