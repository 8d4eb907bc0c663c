package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestDebtorPartlyPaid (med105's leftover): 陈二's own 「我先还了1000」 of
// the loan settled was dropped in the group and privately (only the
// creditor's 「只还了1000 还差2000」 was read). Now it is kept on #R1 as
// his say, the mediators are asked to check it with 张三, and #R1 stays
// resolved waiting for 张三.
func TestDebtorPartlyPaid(t *testing.T) {
	for _, tc := range []struct{ where, said string }{
		{"group", "我先还了1000"},
		{"group", "先给了两千 剩下的年后给"},
		{"private", "还了一半了 剩下的过完年给"},
	} {
		t.Run(tc.where+"/"+tc.said, func(t *testing.T) {
			c := settledLoan(t)
			var got []string
			if tc.where == "private" {
				got = c.private("陈二", tc.said)
			} else {
				got = c.say("陈二", tc.said)
			}
			lacks(t, "no new item", got, "回复「1」登记", "已登记 #R2")
			has(t, "the debtor", got, "陈二: 陈二，已记在 #R1 上：「"+tc.said, "会跟张三核对", "剩下的请照说好的给")
			has(t, "the mediators", got, "郑十: 【调解·部分还款】#R1", "另一方陈二说", "请跟张三核实收到没有")
			rep := c.reports()[0]
			if rep.Status != village.StatusResolved {
				t.Errorf("#R1 %s, want still resolved", rep.Status)
			}
			if last := rep.History[len(rep.History)-1]; !strings.HasPrefix(last.Note, "欠款方说已还一部分：") {
				t.Errorf("last entry %+v, want the debtor's part payment", last)
			}
		})
	}
}

// TestPartPaidWhileMediated: while the loan is still being mediated,
// 陈二's 「我先还了1000 剩下的等我过年回来再说」 (read as noise) was
// dropped, and so was 张三's 「他刚还了我1000 还差两千」. Now both are
// kept and the mediators are told to write the rest into the 办结.
func TestPartPaidWhileMediated(t *testing.T) {
	for _, tc := range []struct{ who, said, want string }{
		{"陈二", "我先还了1000 剩下的等我过年回来再说", "调解时把这笔算进去"},
		{"张三", "他刚还了我1000 还差两千", "调解时会把这笔算进去"},
	} {
		t.Run(tc.who, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
			c.say("张三", "上报 调解 陈二借我三千块 说好年底还 现在找他就躲")
			c.say("李四", "确认 #R1")
			got := c.say(tc.who, tc.said)
			has(t, "the sender", got, tc.who+": "+tc.who+"，已记在 #R1 上", tc.want)
			has(t, "the mediators", got, "李四: 【调解·部分还款】#R1", "办结时请写清已还多少、剩下多少、哪天前给")
			rep := c.reports()[0]
			if rep.Status != village.StatusAccepted {
				t.Errorf("#R1 %s, want still accepted", rep.Status)
			}
		})
	}
}

// TestPartPaidNotOthers: a neighbour's 「我先还了1000」 is none of #R1's,
// nor is a payment said on a quarrel about no money.
func TestPartPaidNotOthers(t *testing.T) {
	c := settledLoan(t)
	lacks(t, "a neighbour", c.say("王五", "我先还了1000"), "【调解·部分还款】")
	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 调解 陈二家的墙歪了 压着我家菜地 说了好几次也不管")
	c.say("李四", "确认 #R1")
	lacks(t, "no debt", c.say("陈二", "我先还了1000"), "【调解·部分还款】")
}

// TestLateCreditorNotice (med105's leftover): 周八's 「张三也欠我八百块钱」
// hours after 陈二's wage quarrel was handed to the mediators told them
// 「#R1 的争执还在群里继续」, though nobody quarrels in the group. Now it
// says another creditor came.
func TestLateCreditorNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 调解 张三欠我工钱两千 秋收帮他干了一个月活 到现在不给")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(4 * time.Hour)
	got := c.say("周八", "张三也欠我八百块钱 赊了半年的烟酒钱")
	lacks(t, "no quarrel going on", got, "争执还在群里继续")
	has(t, "the mediators", got, "郑十: 【调解提醒】#R1（", "又来了一位债主，周八说：「张三也欠我八百块钱")
}

// TestOtherCreditorsOwnDebt (walk): 周八 follows 陈二's wage quarrel with
// 张三 for the 800 张三 owes him; his next day's 「陈二前年借我两千块…」 was
// taken as #R1 told again (【又来反映】), though 陈二 owes him, not 张三:
// his own debt, never filed. Now it is filed on its own.
func TestOtherCreditorsOwnDebt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 调解 张三欠我工钱两千 秋收帮他干了一个月活 到现在不给")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(4 * time.Hour)
	c.say("周八", "张三也欠我八百块钱 赊了半年的烟酒钱")
	c.now = c.now.Add(16 * time.Hour)
	got := c.say("周八", "陈二前年借我两千块 年底了我儿子结婚用钱 他一直拖着不还")
	lacks(t, "not #R1 again", got, "【又来反映】", "#R1（调解事项）还在调解")
	has(t, "filed", got, "已登记 #R2")
	c.now = c.now.Add(2 * time.Hour)
	lacks(t, "his 800 said again is #R1's", c.say("周八", "张三欠我的八百块钱还是没给"), "已登记 #R3")
}
