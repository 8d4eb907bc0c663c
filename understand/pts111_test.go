package understand_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestOwnElderCaredRead: a chore for one's own elder, with points asked,
// is 孝敬父母 (JT01; pts111: it matched nothing); a neighbour's elder stays
// SG04, and a claim made for one's grandmother names no deed of hers.
func TestOwnElderCaredRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for text, want := range map[string]string{
		"昨天给俺爷爷洗了脚 剪了指甲 能加个分不": "JT01",
		"这个月天天在家照顾俺爹 申请积分":     "JT01",
		"昨天帮王奶奶把院子扫了 能加分不":     "SG04",
	} {
		if r := (understand.Rules{Catalogue: cat}).Read(t.Context(), text); !r.Claims() || r.Indicator != want {
			t.Errorf("Read(%q) = %s %q; want claim %s", text, r.Intent, r.Indicator, want)
		}
	}
	for deed, want := range map[string]string{
		"帮俺奶奶扫房子":   "JT01",
		"给我妈做饭洗衣服":  "JT01",
		"照顾家里的老人":   "JT01",
		"帮隔壁王奶奶扫房子": "SG04",
		"帮我奶奶申请积分":  "",
	} {
		if got, _ := understand.ClaimIndicator(cat, deed); got != want {
			t.Errorf("ClaimIndicator(%q) = %q, want %q", deed, got, want)
		}
	}
}

// TestPointsGoneRead: 「俺家积分咋没了」 asks where the points went, a query,
// no claim (pts111); a deed told with 没了 in it is no such question.
func TestPointsGoneRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for _, text := range []string{"俺家积分咋没了", "我家的积分怎么变成0了", "过了个年 俺家的分都哪去了"} {
		if !understand.PointsGoneAsked(understand.Canon(text)) {
			t.Errorf("PointsGoneAsked(%q) = false", text)
		}
		if r := (understand.Rules{Catalogue: cat}).Read(t.Context(), text); r.Intent != village.IntentQuery {
			t.Errorf("Read(%q) = %s, want query", text, r.Intent)
		}
	}
	for _, text := range []string{"路上的雪没了", "水分没了", "我家的牛没了", "积分清零了吗", "申请积分 捡到钱包还给失主了"} {
		if understand.PointsGoneAsked(understand.Canon(text)) {
			t.Errorf("PointsGoneAsked(%q) = true", text)
		}
	}
}

// FuzzPointsGoneAsked: PointsGoneAsked never panics and asks only of
// points (积分, or a household's 分).
func FuzzPointsGoneAsked(f *testing.F) {
	for _, s := range []string{"俺家积分咋没了", "我家的分都哪去了", "积分", "分没了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if understand.PointsGoneAsked(s) && !strings.Contains(s, "分") {
			t.Fatalf("PointsGoneAsked(%q) with no 分", s)
		}
	})
}
