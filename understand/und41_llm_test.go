package understand

import (
	"testing"

	"gridbot/village"
)

// TestModelEmergencyOfFightOrScamIsCrime: the model (through the go-openai
// client, against the fake server) reads a fight or a scam under way as
// an emergency with no hazard; the rules' reading of violence or a scam
// makes it a crime (110), so that its reply says how to keep safe or stop
// the money. A hazard the model names, and an emergency of neither, stay
// as the model read them.
func TestModelEmergencyOfFightOrScamIsCrime(t *testing.T) {
	noHazard := reply(map[string]any{"intent": "report", "type": "emergency", "category": "其他", "summary": "有紧急情况", "confidence": 0.9})
	for _, c := range []struct {
		text   string
		hazard village.Hazard
		cat    string
	}{
		{"村口两帮人打起来了", village.HazardCrime, "治安"},
		{"我爸接了个陌生电话 说是公安局的 要他转账", village.HazardCrime, "治安"},
		{unsettled, village.HazardNone, "其他"},
	} {
		f := newFixture(t, "json", noHazard)
		if r := f.p.Read(t.Context(), c.text); r.Source != SourceLLM || r.Type != village.Emergency || r.Hazard != c.hazard || r.Category != c.cat {
			t.Errorf("Read(%q) = %s %s/%s %q, want llm emergency/%s %q", c.text, r.Source, r.Type, r.Hazard, r.Category, c.hazard, c.cat)
		}
		if f.srv.Calls() != 1 {
			t.Errorf("Read(%q): the model was asked %d times, want 1", c.text, f.srv.Calls())
		}
	}
	f := newFixture(t, "json", reply(map[string]any{"intent": "report", "type": "emergency", "category": "安全隐患", "hazard": "medical", "confidence": 0.9}))
	if r := f.p.Read(t.Context(), "村口两帮人打起来了"); r.Hazard != village.HazardMedical {
		t.Errorf("the model's hazard overridden: %+v", r)
	}
}
