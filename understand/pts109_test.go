package understand_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestTodayDeedRead: a deed told as the day's news with no 了 is a claim
// (pts109: 「今天跟着村里去给孤寡老人送米面油 能算积分不」 read as a question
// how points count, a deliberate dev miss since und101); what is still to
// come that day, and a bare 「今天能加分不」, stay questions.
func TestTodayDeedRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	ru := understand.Rules{Catalogue: cat}
	for text, want := range map[string]string{
		"今天跟着村里去给孤寡老人送米面油 能算积分不":      "SG04",
		"今天和村干部一起去敬老院给老人们包饺子 这个能算积分不": "SG04",
		"今天跟着网格员去帮五保户刘大爷家扫雪 能加分吗":     "SG04",
	} {
		if r := ru.Read(t.Context(), text); !r.Claims() || r.Indicator != want {
			t.Errorf("Read(%q) = %s %q; want claim %s", text, r.Intent, r.Indicator, want)
		}
	}
	for _, text := range []string{"今天下午要去给五保户送米 能加分不", "今天能加分不", "今天准备去敬老院打扫卫生 能算积分不", "扫雪能加几分", "帮孤寡老人挑水能加多少分"} {
		if r := ru.Read(t.Context(), text); r.Intent != village.IntentQuery {
			t.Errorf("Read(%q) = %s; want query", text, r.Intent)
		}
		if _, ok := understand.RulesAsked(understand.Said{Canon: text}); !ok && text != "今天能加分不" {
			t.Errorf("RulesAsked(%q) = false; want a question how points count", text)
		}
	}
}

// TestPublicityAskedRead: when the points are published, asked with a
// bare 几 (几号, 几天), is a question, not a claim nor chat (pts109);
// another scheme's 公示 is not the points'.
func TestPublicityAskedRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	ru := understand.Rules{Catalogue: cat}
	for _, text := range []string{"几号公示", "公示还有几天", "我的积分申请几号公示啊", "上个月的积分几号公示", "积分哪天生效"} {
		if !understand.PublicityAsked(text) {
			t.Errorf("PublicityAsked(%q) = false", text)
		}
		if r := ru.Read(t.Context(), text); r.Intent != village.IntentQuery {
			t.Errorf("Read(%q) = %s; want query", text, r.Intent)
		}
	}
	for _, text := range []string{"低保名单几号公示", "征地补偿什么时候公示", "公示栏的玻璃碎了", "积分公示贴出来了"} {
		if understand.PublicityAsked(text) {
			t.Errorf("PublicityAsked(%q) = true", text)
		}
	}
}

// FuzzPublicityAsked: PublicityAsked never panics and holds only with 公示
// or 生效 in the text.
func FuzzPublicityAsked(f *testing.F) {
	for _, s := range []string{"几号公示", "公示还有几天", "低保名单几号公示", "生效", "什么时候公示", "公示 几号", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if understand.PublicityAsked(s) && !strings.Contains(s, "公示") && !strings.Contains(s, "生效") {
			t.Fatalf("PublicityAsked(%q) with neither 公示 nor 生效", s)
		}
	})
}
