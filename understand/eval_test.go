package understand

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"testing"

	"gridbot/config"
	"gridbot/village"
)

var showDevMisses = flag.Bool("dev.misses", false, "log the development split's misreadings (never the test split's)")

func exampleCatalogue(tb testing.TB) (village.Catalogue, village.Thresholds) {
	tb.Helper()
	cfg, err := config.Load("../config.example.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return cfg.Points.Indicators(), village.Thresholds{Confirm: cfg.LLM.ConfirmAbove, Register: cfg.LLM.RegisterAbove}
}

func TestDevMisses(t *testing.T) {
	if !*showDevMisses {
		t.Skip("run with -dev.misses to list the development split's misreadings")
	}
	cat, th := exampleCatalogue(t)
	set, err := LoadLabelled("../testdata/messages/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, misses := ScoreSet(t.Context(), Rules{Catalogue: cat}, set, EvalOptions{Thresholds: th})
	b, _ := json.Marshal(m)
	t.Logf("dev: %s", b)
	for _, x := range misses {
		t.Logf("%-16s %s\n    want %s/%s/%s/%s/%s  got %s/%s/%s/%s/%s %.2f", x.What, x.Text,
			x.Want.Intent, x.Want.Type, x.Want.Category, x.Want.Hazard, x.Want.Indicator,
			x.Got.Intent, x.Got.Type, x.Got.Category, x.Got.Hazard, x.Got.Indicator, x.Got.Confidence)
	}
}

var _ = errors.Is
var _ = os.Stat

func TestHeldBackSplit(t *testing.T) {
	cat, th := exampleCatalogue(t)
	set, err := LoadLabelled("../testdata/messages/test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := ScoreSet(t.Context(), Rules{Catalogue: cat}, set, EvalOptions{Thresholds: th})
	b, _ := json.Marshal(m)
	t.Logf("test: %s", b)
}

func TestSharedData(t *testing.T) {
	cat, th := exampleCatalogue(t)
	m, err := ScoreShared(t.Context(), Rules{Catalogue: cat}, "../../shared/data", EvalOptions{Thresholds: th})
	if errors.Is(err, ErrNoSharedData) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(m)
	t.Logf("shared: %s", b)
}
