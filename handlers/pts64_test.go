package handlers_test

import (
	"testing"
	"time"
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
		"周八: 积分不够，没有兑换：李四户可兑换积分 5 分，洗洁精 2瓶要 20 分，还差 15 分。\n5 分够换：", "李四户的人发「我的积分」可查")
	lacks(t, "short", got, "要记李四兑换吗", "可兑换积分 5 分，洗洁精 2瓶要 20 分，还差 15 分。\n5 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精")
	if got := b.account("QS-303").Redeemable(); got != 5 {
		t.Errorf("redeemable %d, want 5: nothing redeemed", got)
	}
	has(t, "nothing at all", b.say("周八", "陈二拿了一瓶洗洁精"), "周八: 积分不够，没有兑换：陈二户可兑换积分 0 分", "0 分现在什么也换不了")
	b.fund("QS-301", 50)
	has(t, "affordable: asked", b.say("周八", "张三拿了两瓶洗洁精"), g3+": 要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 两瓶洗洁精）")
}

// TestMistypedNameOneTap: the one person a mistyped name may mean is
// asked about, and 「是」 (or 「对」, 「1」) from the same sender runs the
// command written for him, once: 加分 records it, 申请积分 给 files it, 积分
// answers it. 「不是」 drops it; someone else's 「是」 is not his answer;
// the 「是」 delivered again, or said again, records nothing more.
func TestMistypedNameOneTap(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "scorer asked", b.say("赵六", "加分 陈儿 志愿服务 10"), "是三组 陈二户·陈二（户号 QS-302）吗？是的话回「是」就加分")
	lacks(t, "another's yes", b.say("王五", "是"), "陈二户·陈二「参加志愿服务活动」+10分")
	has(t, "yes", b.sayID("yes1", "赵六", "是"), "陈二户·陈二「参加志愿服务活动」+10分")
	lacks(t, "yes delivered again", b.sayID("yes1", "赵六", "是"), "+10分")
	lacks(t, "yes said again", b.say("赵六", "是"), "+10分")
	if got := b.account("QS-302").Year("2026").Score; got != 10 {
		t.Errorf("陈二户 scored %d, want 10 (once)", got)
	}
	has(t, "deduction asked", b.say("赵六", "扣分 陈儿 乱倒 3"), "是的话回「是」就扣分")
	has(t, "no", b.say("赵六", "不是"), "没有照办")
	if got := b.account("QS-302").Year("2026").Score; got != 10 {
		t.Errorf("陈二户 scored %d after 不是, want 10", got)
	}
	has(t, "claim asked", b.say("张三", "申请积分 给 张名 参加义务劳动 证明人 王五"), "是的话回「是」就登记")
	has(t, "对 files it", b.say("张三", "对"), "已登记积分申请 #C2：张三户·张明「参加义务劳动、集体劳动」")
	has(t, "query asked", b.say("张三", "积分 刘方"), "是的话回「是」就查")
	has(t, "1 answers it", b.say("张三", "1"), "刘芳")
	has(t, "asked again", b.say("赵六", "加分 陈儿 志愿服务 5"), "是的话回「是」就加分")
	b.now = b.now.Add(time.Hour) // past llm.confirm_ttl
	lacks(t, "too late", b.say("赵六", "是"), "+5分")
	if got := b.account("QS-302").Year("2026").Score; got != 10 {
		t.Errorf("陈二户 scored %d after a late 是, want 10", got)
	}
}

// TestShopkeeperTookOneTap: the 兑换 「张三拿了两瓶洗洁精」 is asked back
// as is one tap away: 「是」 records it once (again or delivered again:
// nothing more). Had he typed the 兑换 himself meanwhile, a late 「是」
// charges nothing more. Goods sold under another name that the household
// cannot afford (「两块肥皂」 for 香皂) are answered short at once.
func TestShopkeeperTookOneTap(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	has(t, "asked", b.say("周八", "张三拿了两瓶洗洁精"), "是的话回「是」就兑换（或发：兑换 张三 两瓶洗洁精）")
	has(t, "是", b.sayID("y1", "周八", "是"), "已兑换 #D1：张三户·张三 洗洁精 2瓶，用 20 分")
	lacks(t, "是 delivered again", b.sayID("y1", "周八", "是"), "已兑换")
	lacks(t, "是 again", b.say("周八", "是"), "已兑换")
	if got := b.account("QS-301").Redeemable(); got != 30 {
		t.Errorf("redeemable %d, want 30: two bottles, once", got)
	}
	has(t, "asked again", b.say("周八", "张三拿了一瓶酱油"), "是的话回「是」就兑换")
	has(t, "typed himself", b.say("周八", "兑换 张三 酱油 1"), "已兑换 #D2")
	lacks(t, "a late 是", b.say("周八", "是"), "已兑换 #D3")
	if got := b.account("QS-301").Redeemable(); got != 22 {
		t.Errorf("redeemable %d, want 22: one bottle of 酱油", got)
	}
	b.fund("QS-302", 7)
	got := b.say("周八", "陈二拿了两块肥皂")
	has(t, "another name, short", got, g3+": 积分超市没有「肥皂」，没有兑换。相近的香皂（5分/块），陈二户的可兑换积分不够换",
		"周八: 积分超市没有「肥皂」，没有兑换。相近的香皂（5分/块），陈二户可兑换积分 7 分，不够换。")
	lacks(t, "another name, short", got, "要记陈二兑换吗")
}
