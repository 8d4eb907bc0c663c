package words

import (
	"strings"
	"testing"
)

// TestHonoursAsked: what a high ranking brings is RuleHonours (pts108);
// spending, a claim and another scheme's reward are not.
func TestHonoursAsked(t *testing.T) {
	for c, want := range map[string]PointsRule{
		"积分排名年底有奖励吗": RuleHonours, "积分第一名有啥奖励": RuleHonours, "荣誉户有什么好处": RuleHonours,
		"年底积分多的有奖品不": RuleHonours, "积分排名有什么用": RuleHonours, "积分前三名发奖金吗": RuleHonours,
		"积分能换什么奖品": RuleNone, "申请积分排名奖励": RuleNone, "独生子女奖励扶助排名第几": RuleNone,
		"见义勇为有奖励吗": RuleNone, "积分排名": RuleNone, "荣誉户": RuleNone, "积分过期吗": RuleClearing,
	} {
		if got := PointsRuleAsked(c); got != want {
			t.Errorf("PointsRuleAsked(%q) = %q, want %q", c, got, want)
		}
	}
}

// FuzzHonoursAsked: HonoursAsked never panics, and never takes spending
// (换) or a text longer than a question.
func FuzzHonoursAsked(f *testing.F) {
	for _, s := range []string{"积分排名年底有奖励吗", "荣誉户有什么好处", "积分能换什么奖品", "", "奖励排名？"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		if HonoursAsked(c) && (strings.Contains(c, "换") || len([]rune(strings.Join(strings.Fields(c), ""))) > 30) {
			t.Fatalf("HonoursAsked(%q): spending or too long", c)
		}
	})
}

// TestReviewsAsked: claims waiting asked after in general (pts108), not
// one's own nor another's.
func TestReviewsAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"年底了还有多少积分申请没审": true, "还有几个积分申请没审": true, "积分申请还有哪些没审完": true,
		"我的申请还有几天审": false, "我家的申请还没审吗": false, "还有几个人没来": false, "申请积分扫雪": false,
	} {
		if got := ReviewsAsked(c); got != want {
			t.Errorf("ReviewsAsked(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestManyAsked: how many of a thing one's points buy is EnoughAsked
// (pts108: 「我家积分能换几袋米」 went unanswered); a price is not.
func TestManyAsked(t *testing.T) {
	for c, want := range map[string]bool{
		"我家积分能换几袋米": true, "俺家那点积分够换几瓶洗洁精": true, "换一袋米要多少积分": false, "积分能换什么": false,
	} {
		if got := EnoughAsked(c); got != want {
			t.Errorf("EnoughAsked(%q) = %v, want %v", c, got, want)
		}
	}
}

// FuzzReviewsAsked: ReviewsAsked never panics, and never takes one's own
// claim (我的) or a long text.
func FuzzReviewsAsked(f *testing.F) {
	for _, s := range []string{"还有几个积分申请没审", "我的申请还没审吗", "", "申请没审几"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		if ReviewsAsked(c) && (strings.Contains(c, "我的") || len([]rune(strings.Join(strings.Fields(c), ""))) > 24) {
			t.Fatalf("ReviewsAsked(%q): one's own or too long", c)
		}
	})
}
