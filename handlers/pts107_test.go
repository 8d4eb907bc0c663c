package handlers_test

import (
	"testing"
	"time"
)

// TestClaimReadAsFreeText: 「申请积分 帮王奶奶扫雪」 files as care for an
// elder and 「申请积分 扫了自家门口的雪」 as the household's own door, as
// the same words without 申请积分 read (pts107: the command's keyword
// match kept 扫雪 as 义务劳动); an item named by its code stays.
func TestClaimReadAsFreeText(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "elder", b.say("张三", "申请积分 帮王奶奶扫雪"), "张三户·张三「帮助困难群众、照料孤寡老人」")
	has(t, "own door", b.say("陈二", "申请积分 扫了自家门口的雪"), "陈二户·陈二「庭院整洁、房前屋后干净」")
	has(t, "code", b.say("王五", "申请积分 SG02 帮王奶奶扫雪"), "王五户·王五「参加义务劳动、集体劳动」")
	has(t, "village", b.say("李四", "申请积分 扫雪 村口那段路"), "「参加义务劳动、集体劳动」")
}

// TestLaterDeedClaim: a claim of a deed on a day still to come (明天, a
// date ahead) is not filed and says to claim it once done (pts107); one
// naming a day done as well files.
func TestLaterDeedClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "申请积分 明天帮王奶奶扫雪")
	has(t, "tomorrow", got, "张三，您说的是12月9日要做的事：积分要做完以后再申请，这条没有登记")
	lacks(t, "tomorrow", got, "#C1", "@赵六")
	has(t, "date ahead", b.say("张三", "申请积分 12月28号帮王奶奶扫雪"), "您说的是12月28日要做的事")
	has(t, "done too", b.say("张三", "申请积分 昨天帮王奶奶扫了雪 明天还去"), "已登记积分申请 #C1")
	// 元旦 in December is this year's 1 January, past its claiming time
	// since 1 March (pts109: it filed)
	has(t, "new year's day", b.say("陈二", "申请积分 元旦那天帮村里扫雪"), "您说这是1月1日做的", "这条没有登记")
}

// TestHomeComerShopAsked: 「过年回来的人能去超市换东西不」 is answered that
// the household's members share its points, and in December that this
// year's clear before the festival (pts107: it went to the grid leader).
func TestHomeComerShopAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "@网格小助手 过年回来的人能去超市换东西不")
	has(t, "home", got, "在外的家里人回来，也能用您家的积分兑换", "积分按户记，全家共用", "12月31日 18:00年终结算时清零，在过年之前")
	lacks(t, "home", got, "答不了", "#R1")
	got = b.say("陈二", "@网格小助手 我闺女腊月回来 她能帮我去超市换油吗")
	has(t, "kin", got, "积分按户记，全家共用")
	lacks(t, "kin", got, "答不了")
	b.now = time.Date(2026, 10, 8, 9, 0, 0, 0, b.now.Location())
	lacks(t, "october", b.say("陈二", "@网格小助手 在外打工的过年回来能用家里的积分吗"), "清零")
}
