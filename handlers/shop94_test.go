package handlers_test

import (
	"testing"
	"time"
)

// TestOwnRedeemTellsHow (shop94): a villager's own 「兑换 洗衣液」 is a wish
// to redeem, answered as 「我想用积分换…」 is: the shop's place and hours
// (config points.shop), that 周八 records it there, the price, and his
// household's balance privately. Before, he heard only 「「兑换」需要积分
// 超市管理员来操作。请联系周八。」. A 兑换 naming someone else is still
// refused with whom to ask.
func TestOwnRedeemTellsHow(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "兑换 洗衣液")
	has(t, "own 兑换", got,
		g3+": 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（洗衣液每瓶 20 分）。您家现在可兑换多少已私信发给您",
		"张三: 积分兑换请到积分超市（村委会一楼，每周六上午 8:00–11:30），由超市管理员周八当面记录（洗衣液每瓶 20 分）。您家现在可兑换 0 分，不够换，还差 20 分。")
	lacks(t, "own 兑换", got, "请联系周八", "需要积分超市管理员")
	inChatLacks(t, "own 兑换", got, g3, "可兑换 0", "不够换")
	has(t, "own name", b.privately("张三", "兑换 张三 洗衣液 2"), "洗衣液每瓶 20 分", "您家现在可兑换 0 分，不够换，还差 40 分。")
	has(t, "another's", b.say("张三", "兑换 陈二 洗衣液 1"), "「兑换」需要积分超市管理员来操作。请联系周八。")
}

// TestRedeemWishSaysWhatItBuys (shop94): 「我想用积分换两瓶酱油」 with 10
// redeemable points says 不够换 and that 10 分 buys one bottle; with none
// redeemable yet, when the points in 公示 become redeemable.
func TestRedeemWishSaysWhatItBuys(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 10)
	got := b.privately("张三", "我想用积分换两瓶酱油")
	has(t, "ten points", got, "（酱油每瓶 8 分）。您家现在可兑换 10 分，不够换，还差 6 分。\n10 分够换酱油 1瓶。\n想多挣积分")
	got = b.privately("张三", "我想用积分换电压力锅")
	has(t, "cheaper", got, "您家现在可兑换 10 分，不够换，还差 200 分。\n10 分够换：", "酱油")
}

// sixInPublicity is catalogueBot on 1 December 2026 09:00 with 张三's
// claim #C1 approved at 6 on 20 November, published then (window till
// 8 December 09:00).
func sixInPublicity(t *testing.T) *pointsBot {
	t.Helper()
	b := catalogueBot(t)
	b.now = time.Date(2026, 11, 20, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C1 6")
	b.now = time.Date(2026, 12, 1, 9, 0, 0, 0, b.now.Location())
	publishClaims(t, b.st, b.now, 1)
	return b
}

// TestRedeemShortSaysWhenInPublicity (shop94): a 兑换 refused while the
// household's points are in 公示 tells the group (the villager at the
// counter) the day they become redeemable, and the villager's own wish to
// redeem says it privately, without the amounts in the group.
func TestRedeemShortSaysWhenInPublicity(t *testing.T) {
	b := sixInPublicity(t)
	got := b.say("周八", "兑换 张三 洗衣液 1")
	has(t, "the group", got, g3+": 积分不够，没有兑换：洗衣液 1瓶要 20 分，张三户的可兑换积分不够。还剩多少、能换什么已私信告诉您。\n张三户公示中的积分12月8日 09:00期满后可以兑换；")
	inChatLacks(t, "the group", got, g3, "6 分")
	got = b.privately("张三", "我想用积分换洗衣液")
	has(t, "the villager", got, "您家现在可兑换 0 分，不够换，还差 20 分。\n公示中：6 分，12月8日 09:00公示期满，没有异议就可以兑换。\n0 分现在什么也换不了，等上面的积分能兑换了再来换。")
}

// TestRejectedClaimStatus (shop94): 查 #C of a rejected claim shows no
// 「0分」: it says it was not passed, why, and the next step — the
// claimant's household whom to ask and to claim again, the scorer the
// 加分 that records it after all; anyone else only the reason.
func TestRejectedClaimStatus(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 拾金不昧 捡到钱包交还失主")
	b.say("赵六", "驳回 #C1 没有证明人")
	got := b.say("张三", "查 #C1")
	has(t, "claimant", got, "#C1 张三户·张三「拾金不昧」·未通过\n",
		"没有通过，理由：没有证明人。有疑问可以找评分人赵六当面说明，补齐材料后可以重新申请。")
	lacks(t, "claimant", got, "0分", "说明：")
	has(t, "scorer", b.privately("赵六", "查 #C1"), "没有通过，理由：没有证明人。驳回错了的，可以用「加分 张三 拾金不昧 分数」直接记上。")
	got = b.say("陈二", "查 #C1")
	has(t, "another villager", got, "没有通过，理由：没有证明人。")
	lacks(t, "another villager", got, "重新申请", "加分")
}

// TestMineEmptyJanuary (shop94): 我的积分 early in a year with nothing
// counted yet is one line pointing to last year's settlement, not 「户总分
// 0 分，参评 3 人，户均 0.0 分，今年还没有积分」, 「您本人：0 分」 and the
// settlement again.
func TestMineEmptyJanuary(t *testing.T) {
	b := examplePointsBot(t)
	archive2026(t, b)
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got := b.privately("张三", "我的积分")
	has(t, "one line", got, "张三: 张三户2027年还没有积分；2026年已年终结算：户总分 15 分，全村第 2 名，发「积分排行 2026」可查去年的排行。\n可兑换：0 分。")
	lacks(t, "one line", got, "户均 0.0", "您本人", "从零算起")
}

// TestShortWithOnlyADeductionComing (shop94): with only a deduction on
// its way, a short balance is not told to wait for it: 「等上面的积分能
// 兑换了再来换」 is said only when a coming item adds points.
func TestShortWithOnlyADeductionComing(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	got := b.privately("陈二", "我想用积分换洗衣液")
	has(t, "deduction only", got, "待公示：扣 5 分", "0 分现在什么也换不了。")
	lacks(t, "deduction only", got, "等上面的积分")
}
