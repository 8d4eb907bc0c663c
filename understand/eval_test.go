package understand_test

import (
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

	"gridbot/config"
	"gridbot/understand"
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
	set, err := understand.LoadLabelled("../testdata/messages/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, misses := understand.ScoreSet(t.Context(), understand.Rules{Catalogue: cat}, set, understand.EvalOptions{Thresholds: th})
	b, _ := json.Marshal(m)
	t.Logf("dev: %s", b)
	for _, x := range misses {
		t.Logf("%-16s %s\n    want %s/%s/%s/%s/%s  got %s/%s/%s/%s/%s %.2f", x.What, x.Text,
			x.Want.Intent, x.Want.Type, x.Want.Category, x.Want.Hazard, x.Want.Indicator,
			x.Got.Intent, x.Got.Type, x.Got.Category, x.Got.Hazard, x.Got.Indicator, x.Got.Confidence)
	}
}

// TestHeldBackSplit guards issue 4's thresholds on the held-back part of
// the labelled set, rules only. The rules were developed on dev.jsonl;
// when this fails, look at dev.jsonl (-dev.misses), not at test.jsonl.
func TestHeldBackSplit(t *testing.T) {
	cat, th := exampleCatalogue(t)
	set, err := understand.LoadLabelled("../testdata/messages/test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := understand.ScoreSet(t.Context(), understand.Rules{Catalogue: cat}, set, understand.EvalOptions{Thresholds: th})
	b, _ := json.Marshal(m)
	t.Logf("test: %s", b)
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"emergency recall >= 0.97", m.EmergencyRecall >= 0.97},
		{"report type accuracy >= 0.90", m.ReportTypeAccuracy >= 0.90},
		{"noise acted on <= 0.05", m.NoiseActedOn <= 0.05},
		{"claims recognised >= 0.85", m.ClaimsRecognised >= 0.85},
	} {
		if !c.ok {
			t.Errorf("held-back split: %s fails: %s", c.name, b)
		}
	}
}

// TestLabelledSet: both parts load strictly, hold at least 300 messages
// together, share none, repeat none within a part, and cover every kind.
func TestLabelledSet(t *testing.T) {
	dev, err := understand.LoadLabelled("../testdata/messages/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	test, err := understand.LoadLabelled("../testdata/messages/test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(dev)+len(test) < 300 {
		t.Errorf("%d messages, want at least 300", len(dev)+len(test))
	}
	seen := map[string]bool{}
	for _, l := range dev {
		if seen[l.Text] {
			t.Errorf("twice in dev.jsonl (counted twice): %q", l.Text)
		}
		seen[l.Text] = true
	}
	inTest := map[string]bool{}
	kinds := map[string]int{}
	for _, l := range test {
		if seen[l.Text] {
			t.Errorf("in both parts: %q", l.Text)
		}
		if inTest[l.Text] {
			t.Errorf("twice in test.jsonl (counted twice): %q", l.Text)
		}
		inTest[l.Text] = true
		k := string(l.Intent) + "/" + string(l.Type)
		if l.Also != "" {
			k += "+" + string(l.Also)
		}
		kinds[k]++
	}
	for _, k := range []string{"report/emergency", "report/general", "report/mediation", "report/approval", "claim/", "query/", "noise/", "report/general+claim"} {
		if kinds[k] == 0 {
			t.Errorf("the held-back part has no %s", k)
		}
	}
}

// TestSharedData guards the thresholds on the third-party sets in
// ../shared/data, when they are there. Only aggregate numbers are shown.
func TestSharedData(t *testing.T) {
	cat, th := exampleCatalogue(t)
	m, err := understand.ScoreShared(t.Context(), understand.Rules{Catalogue: cat}, "../../shared/data", understand.EvalOptions{Thresholds: th})
	if errors.Is(err, understand.ErrNoSharedData) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(m)
	t.Logf("shared: %s", b)
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"CEC emergency recall >= 0.80", m.CECEmergencyRecall >= 0.80},
		{"citizen messages wrongly ignored <= 0.10", m.CitizenIgnored <= 0.10},
		{"SMP2017 acted on <= 0.05", m.SMPActedOn <= 0.05},
	} {
		if !c.ok {
			t.Errorf("shared data: %s fails: %s", c.name, b)
		}
	}
}

// BenchmarkRulesRead reads the development part of the labelled set with
// the rules; one op is one message. The held-back part stays out of
// everything but scoring.
func BenchmarkRulesRead(b *testing.B) {
	set, err := understand.LoadLabelled("../testdata/messages/dev.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(set))
	for i, l := range set {
		texts[i] = l.Text
	}
	benchmarkRead(b, texts)
}

// BenchmarkRulesReadChat reads what a village group carries most: short
// greetings and acknowledgements, and now and then a report.
func BenchmarkRulesReadChat(b *testing.B) {
	benchmarkRead(b, []string{"大家早上好", "村口第12根路灯不亮了", "哈哈 收到", "今天天气不错", "好的，谢谢", "[强][强]"})
}

// benchmarkRead reads texts in turn with the rules and the example
// catalogue; one op is one message.
func benchmarkRead(b *testing.B, texts []string) {
	cat, _ := exampleCatalogue(b)
	r := understand.Rules{Catalogue: cat}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r.Read(b.Context(), texts[i%len(texts)])
		i++
	}
}

// TestScoreSetLongText: of a message longer than EvalOptions.MaxRunes the
// head is read and acted on as the router does: a villager's long letter
// is asked back (acted on), a long notice is left alone.
func TestScoreSetLongText(t *testing.T) {
	_, th := exampleCatalogue(t)
	tail := strings.Repeat("老人孩子晚上走路都怕摔。", 5)
	set := []understand.Labelled{
		{Text: "尊敬的领导：本人系三组村民，现反映村口路灯坏了一个月了，恳请尽快修复。" + tail,
			Intent: village.IntentReport, Type: village.General, Category: "道路交通"},
		{Text: "各位村民：关于冬季用电安全的通知，请大家检查家中电线。" + tail, Intent: village.IntentNoise},
	}
	m, _ := understand.ScoreSet(t.Context(), understand.Rules{}, set, understand.EvalOptions{Thresholds: th, MaxRunes: 40})
	if m.ReportsActedOn != 1 || m.NoiseActedOn != 0 {
		t.Errorf("reports acted on %v, noise acted on %v; want 1 and 0", m.ReportsActedOn, m.NoiseActedOn)
	}
}
