package handlers

import (
	"strings"
	"testing"

	"gridbot/config/configtest"
	"gridbot/village"
)

// TestWithoutOnceMoreNoDoubledComma: the words saying "once more" taken
// out of a claim leave one comma, not 「， ，」.
func TestWithoutOnceMoreNoDoubledComma(t *testing.T) {
	for in, want := range map[string]string{
		"帮王奶奶挑水，又一次，她腿脚不便": "帮王奶奶挑水，她腿脚不便",
		"又一次，帮王奶奶挑水":       "帮王奶奶挑水",
		"帮王奶奶挑水，第2次":       "帮王奶奶挑水",
		"陈二 焚烧秸秆 5 再记一次":   "陈二 焚烧秸秆 5",
		"张明 巡防（第二次），夜里":    "张明 巡防，夜里",
		"帮王奶奶挑水、又一次、劈柴":    "帮王奶奶挑水、劈柴",
	} {
		if got := withoutOnceMore(in); got != want {
			t.Errorf("withoutOnceMore(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestArchiveFixedNoHonours: a year-end ranking corrected with no honour
// household before or after says there is none, not 「积分荣誉户不变。」.
func TestArchiveFixedNoHonours(t *testing.T) {
	cfg := configtest.Load(t, "../config.example.yaml")
	texts, _ := newTexts(cfg, false)
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

// TestWitnessAfterAnotherWord: a witness named after 让/请/找 or before
// 帮我/给我 作证 is read, as 「作证人王五」 is.
func TestWitnessAfterAnotherWord(t *testing.T) {
	isName := rosterNames("王五", "李四")
	for text, want := range map[string]string{
		"让王五作证":    "王五",
		"请李四证明":    "李四",
		"作证人王五":    "王五",
		"王五给我作证":   "王五",
		"修路，找李四作证": "李四",
	} {
		if got := witnessesIn(" "+text, isName); len(got) != 1 || got[0] != want {
			t.Errorf("witnessesIn(%q) = %v, want %s", text, got, want)
		}
	}
}

// TestScoreDisputedIsObjection: 「C8 分数不对」 is an objection to C8,
// a remark on another item or without a claim is not.
func TestScoreDisputedIsObjection(t *testing.T) {
	for _, text := range []string{"C8 分数不对", "#C8的分打得太高了", "C8分数不合理"} {
		if cmd, ok := parseCommand(text); !ok || cmd.verb != vObject || len(cmd.refs) != 1 {
			t.Errorf("%q: %+v, %v, want an objection to C8", text, cmd, ok)
		}
	}
	for _, text := range []string{"C8 属实", "分数不对", "R3 分数不对"} {
		if cmd, ok := parseCommand(text); ok && cmd.verb == vObject {
			t.Errorf("%q read as an objection", text)
		}
	}
}
