package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestRulesAskedInOtherWords: "does it count" asked with the verb, the
// points and a particle the lexicon does not spell ("扫雪算积分吗") is a
// question about the rules, with its deed; a complaint about scoring, a
// deed told done, or a status asked is none.
func TestRulesAskedInOtherWords(t *testing.T) {
	for text, deed := range map[string]string{
		"扫雪算积分吗":    "扫雪",
		"帮村里扫雪能加分吗": "帮村里扫雪",
		"修桥给积分不":    "修桥",
		"铲雪能加分么":    "铲雪",
	} {
		got, ok := understand.RulesAsked(understand.Hear(text))
		if !ok || got != deed {
			t.Errorf("%q: deed %q, asked %v; want %q asked", text, got, ok, deed)
		}
	}
	for _, text := range []string{"评分小组给分不公平", "昨天帮村里扫雪了 能加分吗", "我家的积分加了没有"} {
		if deed, ok := understand.RulesAsked(understand.Hear(text)); ok {
			t.Errorf("%q read as a rules question (deed %q)", text, deed)
		}
	}
}
