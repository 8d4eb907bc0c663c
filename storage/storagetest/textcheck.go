package storagetest

import (
	"os"
	"testing"

	"gridbot/tmpl"
)

// MainCheckingTexts is Main with every text rendered both by the compiled
// executor and by text/template, failing on a difference (tmpl.CheckEnv):
// the TestMain of a package whose tests render the bot's texts.
func MainCheckingTexts(m *testing.M) int {
	os.Setenv(tmpl.CheckEnv, "1")
	return Main(m)
}
