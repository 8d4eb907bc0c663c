package handlers

import (
	"strings"
	"testing"

	"gridbot/config/configtest"
	"gridbot/handlers/words"
	"gridbot/village"
)

// TestArchiveFixedNoHonours: a year-end ranking corrected with no honour
// household before or after says there is none, not 「积分荣誉户不变。」.
func TestArchiveFixedNoHonours(t *testing.T) {
	cfg := configtest.Load(t, "../config.example.yaml")
	texts, _, _ := newTexts(cfg, false)
	data := map[string]any{"Year": 2026, "Village": "青山村", "Where": "own", "C": &village.Claim{ID: "C3", Status: village.ClaimRevoked}, "HonoursChanged": false}
	got := texts.Render("points.archive.fixed", data)
	if !strings.Contains(got, "仍然没有积分荣誉户。") || strings.Contains(got, "积分荣誉户不变。") {
		t.Errorf("no honours: %s", got)
	}
	data["After"] = []string{"张三户"}
	if got := texts.Render("points.archive.fixed", data); !strings.Contains(got, "积分荣誉户不变：张三户。") {
		t.Errorf("honours: %s", got)
	}
}

// TestScoreDisputedIsObjection: 「C8 分数不对」 is an objection to C8,
// a remark on another item or without a claim is not.
func TestScoreDisputedIsObjection(t *testing.T) {
	for _, text := range []string{"C8 分数不对", "#C8的分打得太高了", "C8分数不合理"} {
		if cmd, ok := parseCommand(text); !ok || cmd.verb != words.VObject || len(cmd.refs) != 1 {
			t.Errorf("%q: %+v, %v, want an objection to C8", text, cmd, ok)
		}
	}
	for _, text := range []string{"C8 属实", "分数不对", "R3 分数不对"} {
		if cmd, ok := parseCommand(text); ok && cmd.verb == words.VObject {
			t.Errorf("%q read as an objection", text)
		}
	}
}
