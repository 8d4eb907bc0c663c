package words

import (
	"strings"
	"testing"
)

// TestShop70Words pins what the plain points questions' words ask
// (shop70): the shop's hours or place, a household's total doubted, a
// standing rule; and what they do not.
func TestShop70Words(t *testing.T) {
	for c, want := range map[string]bool{
		"积分超市几点开门": true, "超市在哪": true, "今天超市开门吗": true, "周几能换": true, "去哪兑换": true,
		"积分超市在哪里": true, "超市几点关门": true,
		"镇上超市几点关门": false, "去超市买点菜": false, "积分超市里能换什么": false, "什么时候能兑换": false, "超市": false,
		"超市后面好大一股煤气味 好像哪里漏气了": false, "兑换券在哪里领": false, "超市门开着 里面没人": false,
		"在哪里可以兑换": true, "去积分超市怎么走": true, "超市营业时间": true,
	} {
		if got := ShopVisitAsked(c); got != want {
			t.Errorf("ShopVisitAsked(%q) = %v, want %v", c, got, want)
		}
	}
	for c, want := range map[string]bool{
		"积分怎么算的 我家怎么才这么点": true, "我家积分怎么比别人少": true, "我的分怎么这么少": true,
		"我家儿子的积分怎么算的": false, "张三家怎么才这么点分": false, "我家积分多少": false,
	} {
		if got := TotalDoubted(c); got != want {
			t.Errorf("TotalDoubted(%q) = %v, want %v", c, got, want)
		}
	}
	for c, want := range map[string]PointsRule{
		"积分过期吗": RuleClearing, "明年积分清零吗": RuleClearing, "去年的积分还能用吗": RuleClearing,
		"这个月批的分年底前能换东西吗": RuleClearing, "积分清零前还能换吗": RuleClearing, "年前申请积分来得及吗": RuleCutoff,
		"年前把院子打扫了 能加分吗": RuleNone,
		"积分能转给别人吗":      RuleShared, "我不在家 我老婆能去换吗": RuleShared, "积分能不能给我妈用": RuleShared,
		"我儿子的积分算我家的吗": RuleHousehold,
		"12月的分怎么算":    RuleEarnedYear, "12月份加的分算今年还是明年": RuleEarnedYear, "年底批的积分算哪年": RuleEarnedYear,
		"去年12月的分算去年的吗 怎么算": RuleEarnedYear, "12月的分年底会清零吗": RuleClearing, "12月扫雪能加几分": RuleNone,
		// pts91: until when the year's points count
		"积分什么时候截止": RuleCutoff, "今年的分算到哪天": RuleCutoff, "年底前申请还算今年的吗": RuleCutoff,
		"年底前申请的还算去年的吗": RuleCutoff, "12月30号申请积分还算今年吗": RuleCutoff, "积分截止到几号": RuleCutoff,
		"积分兑换什么时候截止": RuleClearing, "还有10分钟来得及吗": RuleNone, "年底前申请低保还算今年的吗": RuleNone,
		"公示截止到哪天 我要提异议": RuleNone, "积分公示到几号截止": RuleNone, "我儿子的积分算到哪家": RuleNone,
		"低保申请什么时候截止": RuleNone, "医保截止到几号交": RuleNone,
		// pts99: 兑换 is the points shop's
		"年底前还能兑换吗": RuleClearing, "年前兑换来得及吗": RuleClearing,
		"兑换券在哪里领": RuleNone, "兑换": RuleNone,
		"我帮别人干活能给别人加分吗": RuleNone, "我儿子扫雪了": RuleNone, "我儿子能换什么": RuleNone, "牛奶过期了": RuleNone,
	} {
		if got := PointsRuleAsked(c); got != want {
			t.Errorf("PointsRuleAsked(%q) = %q, want %q", c, got, want)
		}
	}
}

// FuzzPointsRuleAsked (pts91): whatever a villager writes, the rule read
// is one of the known ones; the cut-off is read only of text naming the
// points (积分, a score's words) or a claim, never of the 公示's window.
func FuzzPointsRuleAsked(f *testing.F) {
	for _, s := range []string{"积分什么时候截止", "今年的分算到哪天", "年底前申请还算今年的吗", "积分兑换什么时候截止",
		"公示截止到哪天", "还有10分钟来得及吗", "年底前申请低保还算今年的吗", "积分过期吗", "我儿子的积分算我家的吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		r := PointsRuleAsked(c)
		switch r {
		case RuleNone, RuleClearing, RuleShared, RuleHousehold, RuleEarnedYear, RuleCutoff:
		default:
			t.Fatalf("PointsRuleAsked(%q) = %q, no such rule", c, r)
		}
		c = strings.Join(strings.Fields(c), "")
		if r == RuleCutoff && (strings.Contains(c, "公示") || !strings.Contains(c, "积分") && !strings.Contains(c, "申请") && !ContainsAnyOf(c, scoreWords...)) {
			t.Errorf("PointsRuleAsked(%q) = cutoff", c)
		}
	})
}
