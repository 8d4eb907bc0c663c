package handlers_test

import (
	"testing"
)

// TestShopkeeperRecordsFor: the shopkeeper's 「给陈二记一瓶酱油」 and
// 「给陈二换一瓶酱油」 are his 兑换, read by the same words as 「陈二换了一瓶
// 酱油」: short of points, he hears so at once (before, not a word); with
// enough, it is recorded once, like 兑换 陈二 酱油 1.
func TestShopkeeperRecordsFor(t *testing.T) {
	b := examplePointsBot(t)
	for _, said := range []string{"给陈二记一瓶酱油", "给陈二换一瓶酱油", "陈二换了一瓶酱油"} {
		has(t, said+" short", b.say("周八", said), g3+": 积分不够，没有兑换：酱油 1瓶要 8 分", "周八: 积分不够，没有兑换：陈二户可兑换积分 0 分")
	}
	b.fund("QS-302", 20)
	has(t, "recorded", b.say("周八", "给陈二记一瓶酱油"), "已兑换 #D", "陈二户·陈二 酱油 1瓶")
	if got := b.account("QS-302").Redeemable(); got != 12 {
		t.Errorf("redeemable %d, want 12: one 酱油 charged", got)
	}
	lacks(t, "a villager's words", b.say("陈二", "给陈二记一瓶酱油"), "已兑换")
	has(t, "took is still asked", b.say("周八", "陈二拿了一瓶酱油"), "要记陈二兑换吗")
}

// TestRedeemWishShortOrEnough: a villager's 「我想用积分换袋米」 tells him
// privately whether his household's redeemable points are enough: short,
// the price, that it is not enough and how points are earned and become
// redeemable (公示); enough, to go to the shop, where 周八 records it. The
// group never hears the balance nor whether it is enough.
func TestRedeemWishShortOrEnough(t *testing.T) {
	b := examplePointsBot(t)
	got := b.privately("陈二", "我想用积分换袋米")
	has(t, "short", got, "大米每袋（5公斤） 90 分", "您家现在可兑换 0 分，不够换，还差 90 分。", "申请积分 做了什么", "公示期满没有异议就能兑换", "「积分帮助」")
	lacks(t, "short", got, "够换，直接到超市")
	got = b.say("陈二", "我想用积分换袋米")
	has(t, "group", got, g3+": 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（大米每袋（5公斤） 90 分）。您家现在可兑换多少已私信发给您",
		"陈二: 积分兑换请到积分超市", "不够换")
	lacks(t, "group", got, g3+": 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（大米每袋（5公斤） 90 分）。您家现在可兑换 0", "不够换，还差 90 分。\n想多挣积分：做了好事发「申请积分 做了什么」，评分小组通过后在群里公示，公示期满没有异议就能兑换；能做哪些事、各得几分，请发「积分帮助」。超市")
	b.fund("QS-302", 100)
	got = b.privately("陈二", "我想用积分换袋米")
	has(t, "enough", got, "您家现在可兑换 100 分。够换，直接到超市找周八，当面记下就行。")
	lacks(t, "enough", got, "不够")
	has(t, "two bags", b.privately("陈二", "我想用积分换两袋大米"), "您家现在可兑换 100 分，不够换，还差 80 分。")
}
