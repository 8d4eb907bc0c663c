package words_test

import (
	"testing"

	"gridbot/handlers/words"
)

// TestRestockTold: goods told come in, with a count (pts103: 「大米进了10袋」
// went unanswered); a question, goods still to come or no count is not.
func TestRestockTold(t *testing.T) {
	for s, want := range map[string]bool{
		"大米进了10袋": true, "新到了5台电压力锅": true, "大米补了二十袋": true, "香皂到了20块": true,
		"大米进了吗": false, "大米还没到": false, "明天进10袋大米": false, "大米进了": false,
		"今天大米进了10袋 是李老板送来的 下午还有一车": false,
	} {
		if got := words.RestockTold(s); got != want {
			t.Errorf("RestockTold(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestClaimForFirst: a claim with whom it is for before 申请积分 (pts103);
// not a place, the sender, kin by no name, or a question.
func TestClaimForFirst(t *testing.T) {
	for s, want := range map[string]bool{
		"给陈小龙 申请积分 他帮村里扫了两天雪": true, "给陈小龙申请积分 他扫雪": true, "帮我儿子陈小龙申请个积分：扫雪": true,
		"给 陈小龙 申请积分": true,
		"给村里申请积分 修路": false, "帮我申请积分": false, "给我儿子申请积分 扫雪": false, "给陈小龙申请积分的表": false,
		"给陈小龙申请积分吗": false, "申请积分 给陈小龙 扫雪": false,
	} {
		if got := words.ClaimForFirst(s); got != want {
			t.Errorf("ClaimForFirst(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzRestockTold(f *testing.F) {
	for _, s := range []string{"大米进了10袋", "新到了5台电压力锅", "大米进了吗", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { words.RestockTold(s) })
}

func FuzzClaimForFirst(f *testing.F) {
	for _, s := range []string{"给陈小龙 申请积分 他帮村里扫了两天雪", "帮我儿子陈小龙申请个积分：扫雪", "给", "申请积分", "给申请积分"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { words.ClaimForFirst(s) })
}

// TestScoreLast: a score after a remark (pts103); not one doubted, asked
// or bargained over.
func TestScoreLast(t *testing.T) {
	for s, want := range map[string]string{
		"照片看了 院子挺干净 给5分": "给5分", "看过了，打十分": "打十分",
		"不能给5分": "", "最多给5分": "", "给5分行不": "", "照片看了 给5分吗": "", "给5分": "",
	} {
		if got, _, _ := words.ScoreLast(s); got != want {
			t.Errorf("ScoreLast(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzScoreLast(f *testing.F) {
	for _, s := range []string{"照片看了 院子挺干净 给5分", "不能给5分", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { words.ScoreLast(s) })
}

// TestShopHolidayAsked: the points shop's days off for the festival are a
// visit asked (pts103: silent); another shop's are not.
func TestShopHolidayAsked(t *testing.T) {
	for s, want := range map[string]bool{"积分超市过年放几天假": true, "超市春节放假吗": true, "镇上超市过年放几天假": false} {
		if got := words.ShopVisitAsked(s); got != want {
			t.Errorf("ShopVisitAsked(%q) = %v, want %v", s, got, want)
		}
	}
}
