package handlers_test

import (
	"testing"
	"time"

	"gridbot/config"
)

// TestShopVisitFromConfig: 「积分超市几点开门」 and its family are answered
// with the configured hours and place (today's date beside the hours),
// not the price list; another shop ("镇上超市几点关门") is not the points
// shop's; what it sells is still the price list.
func TestShopVisitFromConfig(t *testing.T) {
	b := examplePointsBot(t)
	want := g3 + ": 积分超市开门时间：每周六上午 8:00–11:30（今天是3月"
	for _, said := range []string{"积分超市几点开门", "超市在哪", "今天超市开门吗", "周几能换", "积分超市礼拜几开", "去哪兑换"} {
		got := b.say("张三", said)
		has(t, said, got, want, "；地点：村委会一楼。兑换找超市管理员周八，发「我的积分」看您家可兑换多少分。")
		lacks(t, said, got, "香皂 5分/块")
	}
	lacks(t, "another shop", b.say("张三", "镇上超市几点关门"), "积分超市")
	has(t, "what it sells", b.say("张三", "积分超市里能换什么"), "香皂 5分/块")
}

// TestShopVisitUnset: without points.shop the bot says whom to ask (the
// shopkeeper), saying it was not told, and never a time or place of its
// own; with only the hours, the place is asked of him.
func TestShopVisitUnset(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Points.Visit = config.ShopVisit{}
	b := newPointsBot(t, cfg, dir)
	got := b.say("张三", "积分超市几点开门")
	has(t, "unset", got, g3+": 积分超市的开门时间和地点还没有登记在网格小助手里，请问超市管理员周八。发「积分帮助 超市」看能换什么。")
	lacks(t, "unset", got, "开门时间：", "地点：")
	cfg, dir = exampleVillage(t)
	cfg.Points.Visit = config.ShopVisit{Hours: "每月5日、20日全天"}
	b = newPointsBot(t, cfg, dir)
	has(t, "hours only", b.say("张三", "超市在哪"), g3+": 积分超市开门时间：每月5日、20日全天（今天是3月", "）。地点还没有登记在网格小助手里，请问超市管理员周八。")
}

// TestTotalDoubtedPrivately: 陈二's 「积分怎么算的 我家怎么才这么点」 in the
// group gets a pointer there and his household's items of the year
// privately (counted with the total, waiting, frozen), with how points
// and the household average are counted and the next step (申请积分,
// 查 #编号, the scorer 赵六); privately, the list itself.
func TestTotalDoubtedPrivately(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 陈二 参加义务劳动 8")
	b.say("赵六", "扣分 陈二 乱扔垃圾 -3")
	b.say("陈二", "申请积分 参加志愿服务 王五可以作证")
	got := b.say("陈二", "积分怎么算的 我家怎么才这么点")
	has(t, "group", got, g3+": 陈二，陈二户2026年的积分明细已私信发给您（各户的积分明细不在群里公开）。",
		"陈二: 陈二户2026年的积分：\n已通过、还没生效 5 分（公示期满没有异议才生效、才能兑换）：\n· #C2 陈二「乱倒乱扔垃圾」-3分",
		"· #C1 陈二「参加义务劳动、集体劳动」+8分", "待审核（还没计入）：#C3 陈二「参加志愿服务活动」",
		"积分怎么算：每一项都要评分小组审核通过才加分，每月1日公示、7天无异议生效；户总分 = 家里每人的积分 + 家庭积分，户均分 = 户总分 ÷ 参评人数（您家 4 人），排名按户均分。",
		"觉得漏了的，发「申请积分 做了什么」补申请；对某一项有疑问，发「查 #编号」或问评分小组赵六。")
	lacks(t, "group", got, g3+": 陈二户2026年的积分：", "积分怎么用：")
	has(t, "privately", b.privately("陈二", "我家积分怎么这么少"), "陈二: 陈二户2026年的积分：\n已通过、还没生效 5 分（公示期满没有异议才生效、才能兑换）：")
	has(t, "nothing yet", b.say("李四", "我家的分怎么才这么点"), g3+": 李四户2026年的积分还没有记录。\n积分怎么算：", "觉得漏了的，发「申请积分 做了什么」补申请；有疑问请问评分小组赵六。")
}

// TestGridRankingWords: 「网格积分排名」 (the leader's, unaddressed) is the
// grid's households ranked, as 「积分排行 三组」; 「各组积分排名」 the
// village's (households ranked, never grids).
func TestGridRankingWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 陈二 参加义务劳动 8")
	for _, said := range []string{"网格积分排名", "本组积分排行", "组里积分排名"} {
		has(t, said, b.say("李四", said), g3+": 青山村三组2026年积分排行（按户均分）：\n1. 陈二户")
	}
	has(t, "各组", b.say("李四", "各组积分排名"), g3+": 青山村2026年积分排行（按户均分）：\n1. 陈二户")
}

// TestPointsRulesAsked: the standing rules are answered from the config
// and the roster: unspent points cleared at the year end (or kept), one
// purse per household, a son's points his household's.
func TestPointsRulesAsked(t *testing.T) {
	b := examplePointsBot(t)
	for _, said := range []string{"积分过期吗", "明年积分清零吗", "积分有有效期吗"} {
		has(t, said, b.say("张三", said), g3+": 没兑换的积分会在12月31日 18:00年终结算时清零（清零前一个月会在群里提醒），请在那之前兑换；积分排名每年从零算起。")
	}
	for _, said := range []string{"积分能转给别人吗", "我不在家 我老婆能去换吗", "积分能不能给我妈用"} {
		has(t, said, b.say("张三", said), g3+": 积分按户记，全家共用（花名册上您家：张三、刘芳、张明）：家里谁去兑换都从本户积分里扣，到积分超市找周八说是谁家的就行。网格小助手只按户记积分，不能转给别的户；有特殊情况请问评分小组赵六。")
	}
	has(t, "son", b.say("张三", "我儿子的积分算我家的吗"), g3+": 算。张明和您是花名册上的同一户，挣的积分都计入您家的户总分。\n户总分 = 家里每人的积分 + 家庭积分；户均分 = 户总分 ÷ 参评人数，按户均分排名。")
	has(t, "no daughter", b.say("张三", "我闺女的积分算我家的吗"), g3+": 花名册上您家（张三、刘芳、张明）没有登记您闺女")

	cfg, dir := exampleVillage(t)
	cfg.Points.YearEnd.Unspent = "keep"
	b = newPointsBot(t, cfg, dir)
	has(t, "kept", b.say("张三", "积分过期吗"), g3+": 没兑换的积分不清零，留到下一年照样能兑换；积分排名每年从零算起。")
}

// TestClearingAskedAroundReset (pts85): in the clearing's month the
// answer says points approved now are listed after it and not cleared;
// in January, or when last year is named, it says the clearing happened
// and what it left (before: 「会在12月31日…清零，请在那之前兑换」 on
// 2 January); a question months later is about the next one.
func TestClearingAskedAroundReset(t *testing.T) {
	b := examplePointsBot(t)
	cst := at.Location()
	b.now = time.Date(2026, 12, 20, 10, 0, 0, 0, cst)
	has(t, "december", b.say("张三", "这个月批的分年底前能换东西吗"), g3+": 没兑换的积分会在12月31日 18:00年终结算时清零，请在那之前兑换；现在通过的积分1月1日才公示，不在这次清零，公示期满没有异议照样能兑换；积分排名每年从零算起。发「我的积分」看您家现在可兑换多少分、公示中的积分哪天能换。")
	b.now = time.Date(2027, 1, 2, 10, 0, 0, 0, cst)
	cleared := g3 + ": 2026年没兑换的积分已在2026年12月31日 18:00年终结算时清零，不能再兑换了；当时还没生效的积分不清零（1月1日公示的那些，和结算后才审核通过的2026年申请），公示期满没有异议就可以兑换。2027年的积分没兑换的，会在12月31日 18:00年终结算时清零。"
	for _, said := range []string{"去年的分还能换吗", "积分清零了吗"} {
		has(t, said, b.say("陈二", said), cleared)
	}
	b.now = time.Date(2027, 6, 1, 10, 0, 0, 0, cst)
	has(t, "named", b.say("陈二", "去年的分还能换吗"), g3+": 2026年没兑换的积分已在2026年12月31日 18:00年终结算时清零")
	has(t, "june", b.say("陈二", "积分过期吗"), g3+": 没兑换的积分会在12月31日 18:00年终结算时清零（清零前一个月会在群里提醒），请在那之前兑换；积分排名每年从零算起。")
}
