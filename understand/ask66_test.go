package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestTroubleThenAsked: a trouble told and then asked when it ends or why
// ("村里的自来水今天一直没水 啥时候来水啊") is a report to act on; the same
// question with no trouble before it, a cut announced or its hours asked,
// stays a question, and villagers' own plans stay chat.
func TestTroubleThenAsked(t *testing.T) {
	cases := []struct {
		text string
		want village.Intent
	}{
		{"村里的自来水今天一直没水 啥时候来水啊", village.IntentReport},
		{"家里没电 啥时候来电", village.IntentReport},
		{"我家没水啥时候来水", village.IntentReport},
		{"没网 啥时候好", village.IntentReport},
		{"水龙头出不来水 什么时候能好", village.IntentReport},
		{"组里今天一上午都没水 啥时候能来水", village.IntentReport},
		{"什么时候来电", village.IntentQuery},
		{"明天停水 什么时候来水", village.IntentQuery},
		{"检修停电 几点来电", village.IntentQuery},
		{"下午停电 啥时候来电", village.IntentQuery},
		{"停电通知说几点来电", village.IntentQuery},
		{"停水是几点到几点", village.IntentQuery},
		{"垃圾车什么时候来", village.IntentQuery},
		{"你啥时候回来", village.IntentNoise},
	}
	rules := understand.Rules{}
	for _, c := range cases {
		text, want := c.text, c.want
		r := rules.Read(context.Background(), text)
		if r.Intent != want {
			t.Errorf("%q: %s %s %.2f; want %s", text, r.Intent, r.Type, r.Confidence, want)
		}
		if want == village.IntentReport && (r.Category != "水电设施" || r.Confidence < 0.6) {
			t.Errorf("%q: %s %.2f; want 水电设施 asked at least", text, r.Category, r.Confidence)
		}
	}
}

// TestWhichPapersAsked: which papers a procedure wants ("新农合报销要哪些单
// 子") asks the procedure as "要什么材料" does.
func TestWhichPapersAsked(t *testing.T) {
	rules := understand.Rules{}
	for _, text := range []string{"新农合报销要哪些单子", "低保要哪些材料", "上户口要带哪些证件"} {
		if r := rules.Read(context.Background(), text); r.Intent != village.IntentReport || r.Type != village.Approval {
			t.Errorf("%q: %s %s; want an approval question", text, r.Intent, r.Type)
		}
	}
}
