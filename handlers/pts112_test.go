package handlers_test

import (
	"testing"
	"time"
)

// TestPlannedDeedAsked: a deed still to do asked about (「我家孩子放寒假回来
// 了 能帮村里扫雪挣积分不」) is answered with its item and to claim it once
// done; nothing is offered as a claim (pts112).
func TestPlannedDeedAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	for _, q := range []string{"我家孩子放寒假回来了 能帮村里扫雪挣积分不", "下雪了 俺能帮着村里铲雪挣积分不"} {
		got := b.say("张三", q)
		has(t, q, got, "对应的积分项目：SG02", "可以，做完以后发「申请积分 ")
		lacks(t, q, got, "我理解为", "回复「1」", "符合条件的")
	}
}

// TestCashAsked: 「年底了 积分能换钱不」 is told no, the shop's goods only,
// and until when (pts112: it got the price list).
func TestCashAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "年底了 积分能换钱不")
	has(t, "cash", got, "积分不能换钱，也不能折现，只能到积分超市", "年终结算时清零，要换的请在那之前换", "发「我的积分」")
	lacks(t, "cash", got, "大米 90分/袋")
	has(t, "年货", b.say("张三", "积分能买年货不"), "大米 90分/袋")
}

// TestPastYearAsked: a question of last year's deed is told, as its claim
// would be, that the settled year takes no claims and a 腊月 of this
// year's first weeks is past its time too; 「去年腊月的积分还算不算」 is the
// clearing (pts112: both got the how-to).
func TestPastYearAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "去年腊月二十三帮王奶奶扫房子 能加分不")
	has(t, "腊月", got, "对应的积分项目：SG04", "您说的是去年（2025年）的事：2025年的积分已在2025年12月31日 18:00年终结算，那时的事不能再申请积分。",
		"也就是2026年1、2月：也已经过了申请的时候。")
	lacks(t, "腊月", got, "符合条件的", "<no value>", "我理解为")
	got = b.say("陈二", "去年12月帮村里扫雪 现在还能申请积分吗")
	has(t, "December", got, "2025年的积分已在2025年12月31日 18:00年终结算")
	lacks(t, "December", got, "腊月", "符合条件的")
	got = b.say("陈二", "去年腊月的积分还算不算")
	has(t, "clearing", got, "2025年没兑换的积分已在2025年12月31日 18:00年终结算时清零")
	lacks(t, "clearing", got, "做了的事发")
}

// TestPastYearAskedInJanuary: in January, the year just closed is the
// scorers' to record: the question is told to claim with the day (pts112).
func TestPastYearAskedInJanuary(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2027, 1, 5, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "去年12月28号帮王奶奶扫雪 能加分不")
	has(t, "January", got, "2026年的积分已在12月31日 18:00年终结算", "请发「申请积分 做了什么」并写上是哪天做的，会转给评分人赵六核实")
}

// TestMissingGoodsAsked: goods the shop does not sell are said so, with
// where the shop is (pts112: 「积分能换对联吗」 got the price list), and a
// daughter home on 腊月二十 hears the clearing comes first.
func TestMissingGoodsAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	for _, q := range []string{"积分能换对联吗", "兑换 对联"} {
		got := b.say("陈二", q)
		has(t, q, got, "积分超市的价目里没有对联")
		lacks(t, q, got, "大米 90分/袋")
	}
	lacks(t, "sold", b.say("陈二", "兑换 大米"), "价目里没有")
	got := b.say("陈二", "我闺女腊月二十回来 她能去超市换东西不")
	has(t, "home", got, "在外的家里人回来，也能用您家的积分兑换", "年终结算时清零，在过年之前")
}
