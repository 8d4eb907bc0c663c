package handlers_test

import (
	"testing"
	"time"
)

// TestDatedLastYearDeedClaim: in January a claim naming a December day
// without 去年 (「12月28号扫雪」, 「上个月28号」) is last year's: not filed in
// the new year, the scorers told with the dated 加分 that counts it there;
// past the month after the clearing it is refused, without the hint to
// write the day it already has (pts106). This January's days file as before.
func TestDatedLastYearDeedClaim(t *testing.T) {
	b := examplePointsBot(t)
	loc := b.now.Location()
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, loc)
	got := b.say("张三", "申请积分 12月28号帮五保户扫雪 证明人 王五")
	has(t, "dated", got, "您说这是2026年12月28日做的：2026年的积分已在2026年12月31日 18:00年终结算", "已私信告诉评分人赵六",
		"「加分 张三 帮助困难群众、照料孤寡老人 分数 12月28日」")
	lacks(t, "dated", got, "#C1", "去年（")
	got = b.say("陈二", "上个月30号我帮五保户扫雪了 能加分不")
	has(t, "asked", got, "您说这是2026年12月30日做的", "分数 12月30日")
	lacks(t, "asked", got, "回复「1」")
	has(t, "this January", b.say("陈二", "申请积分 1月3号帮五保户扫雪 证明人 王五"), "已登记积分申请 #C1")
	b.now = time.Date(2027, 2, 10, 10, 0, 0, 0, loc)
	got = b.say("张三", "申请积分 12月28日帮五保户扫雪 证明人 王五")
	has(t, "late", got, "您说这是2026年12月28日做的", "过了补记的时候", "这条没有登记")
	lacks(t, "late", got, "请写上是哪天做的", "#C2")
}

// TestEnoughPointsAsked: 「我家的积分够换一桶油不」 gets the item's price and
// the shop in the group, the balance and 不够换 privately (pts106: the help
// text; 「我家积分够换一袋大米吗」 got the total with no word of the rice).
func TestEnoughPointsAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "我家的积分够换一桶油不")
	has(t, "oil", got, "食用油每桶（5升） 80 分", "已私信发给您", "您家现在可兑换 0 分，不够换")
	lacks(t, "oil", got, "积分怎么用")
	has(t, "rice", b.say("陈二", "@网格小助手 我家积分够换一袋大米吗"), "大米每袋（5公斤） 90 分")
}
