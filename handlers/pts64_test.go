package handlers_test

import (
	"testing"
)

// TestClaimDeedDayByWeekday: a claim naming the weekday of its deed
// (「上周三…」, 「周日…」, read from the message's day, never ahead of it)
// is of that day: last Wednesday's 义务劳动 is not yesterday's claimed
// this morning, and filed; a bare 周日 said on a Monday is yesterday, the
// same deed as 「昨天…」, and not filed twice.
func TestClaimDeedDayByWeekday(t *testing.T) {
	b := examplePointsBot(t) // Monday 2 March 2026
	has(t, "yesterday's deed", b.say("张三", "申请积分 昨天参加义务劳动 清理河道 证明人 王五"), "已登记积分申请 #C1")
	has(t, "last Wednesday's", b.say("张三", "申请积分 上周三参加义务劳动 打扫村口 证明人 王五"), "已登记积分申请 #C2")
	got := b.say("张三", "申请积分 周日参加义务劳动 搬石头 证明人 王五")
	has(t, "Sunday is yesterday", got, "今天已经申请过 #C1")
	lacks(t, "Sunday is yesterday", got, "#C3")
	has(t, "a Wednesday two weeks back", b.say("张三", "申请积分 上上周三参加义务劳动 修水渠 证明人 王五"), "已登记积分申请 #C3")
}

// TestShopkeeperTookShortAnswered: 「李四拿了两瓶洗洁精」 from the
// shopkeeper when 李四's household cannot afford it is answered at once:
// not enough, the price in the group, the balance, what it buys and when
// more comes privately; nothing asked back, nothing redeemed. A
// household that can afford it is still asked back.
func TestShopkeeperTookShortAnswered(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-303", 5)
	got := b.say("周八", "李四拿了两瓶洗洁精")
	has(t, "short", got, g3+": 积分不够，没有兑换：洗洁精 2瓶要 20 分", "还剩多少、能换什么已私信告诉您",
		"周八: 积分不够，没有兑换：李四户可兑换积分 5 分，洗洁精 2瓶要 20 分。\n5 分够换：", "公示期满生效的积分才能兑换")
	lacks(t, "short", got, "要记李四兑换吗", "可兑换积分 5 分，洗洁精 2瓶要 20 分。\n5 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精")
	if got := b.account("QS-303").Redeemable(); got != 5 {
		t.Errorf("redeemable %d, want 5: nothing redeemed", got)
	}
	has(t, "nothing at all", b.say("周八", "陈二拿了一瓶洗洁精"), "周八: 积分不够，没有兑换：陈二户可兑换积分 0 分", "0 分现在什么也换不了")
	b.fund("QS-301", 50)
	has(t, "affordable: asked", b.say("周八", "张三拿了两瓶洗洁精"), g3+": 要记张三兑换吗？请回复「兑换 张三 两瓶洗洁精」")
}
