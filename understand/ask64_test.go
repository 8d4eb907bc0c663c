package understand_test

import (
	"context"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestStillAwaitedChases: 「俺家低保咋还没批下来」 tells no papers handed
// in, yet "still not approved" says an application was made: it chases
// (the leader asks the office), not asks how to apply. Not applied, or
// asked in general, it still does not.
func TestStillAwaitedChases(t *testing.T) {
	rules := understand.Rules{}
	for text, want := range map[string]bool{
		"俺家低保咋还没批下来":    true,
		"残疾证咋还没消息":      true,
		"还没申请 低保咋还没批下来": false,
		"低保多久能批下来":      false,
		"低保咋办":          false,
	} {
		r := rules.Read(context.Background(), text)
		if r.Type != village.Approval || r.Chases != want {
			t.Errorf("%q: %s %s chases %v; want approval, chases %v", text, r.Intent, r.Type, r.Chases, want)
		}
	}
}

// TestVoiceTyposOfSchemes: voice-to-text and pinyin slips of the schemes
// asked after (医宝, 地保, 底保, 出身证明) read as the schemes, and
// dialect asks (几多钱, 找哪个) as the lexicons say them; 耕地保护
// and 兜底保障, which hold 地保 and 底保, stay as they are.
func TestVoiceTyposOfSchemes(t *testing.T) {
	for text, want := range map[string]string{
		"医宝怎么交":      "医保怎么交",
		"地保申请要什么材料":  "低保申请要什么材料",
		"俺家底保咋还没批":   "我家低保怎么还没批",
		"孩子的出身证明在哪开": "孩子的出生证明在哪开",
		"合作医疗交几多钱":   "合作医疗交多少钱",
		"丧葬费找哪个领":    "丧葬费找谁领",
		"耕地保护补贴":     "耕地保护补贴",
		"兜底保障":       "兜底保障",
	} {
		if got := understand.Canon(text); got != want {
			t.Errorf("Canon(%q) = %q; want %q", text, got, want)
		}
	}
}
