package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestNotSoldUnaffordableNotOffered: a 兑换 of what the shop does not sell
// ("洗衣粉") whose likely item (洗衣液, 20 分) the household cannot afford
// is not offered with 「是」: the shopkeeper hears privately the balance
// and what it buys, or that it buys nothing yet and the next step; the
// group hears no balance.
func TestNotSoldUnaffordableNotOffered(t *testing.T) {
	b := examplePointsBot(t)
	out := b.say("周八", "兑换 张三 洗衣粉 1")
	lacks(t, "nothing to offer", out, "回「是」就兑换")
	has(t, "balance privately", out, "周八: 积分超市没有「洗衣粉」，没有兑换。相近的洗衣液（20分/瓶），张三户可兑换积分 0 分，不够换。\n0 分现在什么也换不了。\n公示期满生效的积分才能兑换")
	has(t, "group", out, "相近的洗衣液（20分/瓶），张三户的可兑换积分不够换，还剩多少、能换什么已私信告诉您。")
	lacks(t, "是 redeems nothing", b.say("周八", "是"), "已兑换")
	b.wantRedeemable(t, "after 是", "QS-301", 0)

	b.fund("QS-301", 10)
	has(t, "cheaper", b.say("周八", "兑换 张三 洗衣粉 1"), "10 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精。")

	b.fund("QS-302", 20)
	has(t, "affordable: asked as before", b.say("周八", "兑换 陈二 洗衣粉 1"), "是「洗衣液」（20分/瓶）吗？是的话回「是」就兑换")
}

// TestRedeemShortBuysNothing: a balance that buys nothing in the shop is
// said so, with when points become redeemable, rather than silence about
// what it buys.
func TestRedeemShortBuysNothing(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "zero", b.say("周八", "兑换 张三 洗衣液 1"), "张三户可兑换积分 0 分，洗衣液 1瓶要 20 分，还差 20 分。\n0 分现在什么也换不了。\n公示期满生效的积分才能兑换")
	b.fund("QS-302", 2)
	has(t, "below the cheapest", b.say("周八", "兑换 陈二 香皂 1"), "2 分现在什么也换不了。")
}

// TestProcedureWaitsForVillager: after the bot told 陈桂兰 how the 高龄补
// 贴 is applied for, a cadre's words that would take her question on (the
// leader's 「好的 我来处理」, a worker's 「R1 收到」) do not make it the
// grid's job (no 已受理, no 办好后会告诉您): the group hears it waits for
// her and her next step; it stays answered, nothing done to it.
func TestProcedureWaitsForVillager(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	has(t, "told", c.in(g1, "陈桂兰", "怎么办理高龄补贴"), "已登记 #R1（办事咨询）", "【高龄补贴】怎么办")
	for _, tc := range []struct{ who, text, how string }{
		{"马红梅", "R1 收到", "请网格长发「确认 #R1」"},
		{"刘建国", "好的 我来处理", "请回复「确认 #R1」"},
		{"刘建国", "R1 收到", "请回复「确认 #R1」"},
	} {
		got := c.in(g1, tc.who, tc.text)
		has(t, tc.who+" "+tc.text, got, tc.who+"，#R1（怎么办理高龄补贴）是办事咨询，办理流程已经告诉陈桂兰，由陈桂兰自己去办，不用受理。\n下一步：陈桂兰带齐材料到村委会", tc.how)
		lacks(t, tc.who+" "+tc.text, got, "已受理", "办好后会告诉", "还没指派给您")
	}
	reps := c.reports()
	if len(reps) != 1 || !reps[0].ProcedureAnswered() || len(reps[0].History) != 1 {
		t.Fatalf("reports %+v: want #R1 answered, nothing done to it", reps)
	}
	// 确认 said as such still takes it on
	has(t, "确认", c.in(g1, "刘建国", "确认 #R1"), "已受理")
}

// TestRosterPersonNamedNotHe: what the cadres hear of a villager, whose
// sex the roster most often does not give (陈桂兰, an elderly woman),
// names her rather than calling her 他: her materials ready, her
// confirmation awaited after a 办结.
func TestRosterPersonNamedNotHe(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	c.in(g1, "陈桂兰", "怎么办理高龄补贴")
	got := c.in(g1, "陈桂兰", "材料准备好了")
	has(t, "ready", got, "请负责人在群里告诉陈桂兰材料交到哪里、交给谁。")
	lacks(t, "ready", got, "告诉他", "他")
	has(t, "filed", c.private("陈桂兰", "上报 我家门口的水管漏水了"), "陈桂兰: 已登记 #R2")
	c.private("刘建国", "确认 #R2")
	got = c.private("刘建国", "办结 #R2 换了接头")
	has(t, "resolved", got, "刘建国: #R2 已办结：换了接头。\n已请报告人陈桂兰确认，陈桂兰回复后会告诉您。")
	lacks(t, "resolved", got, "他回复")
}
