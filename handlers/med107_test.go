package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestDebtorPromiseKept (med106's leftover 1): 陈二's 「年前一定还你」 in the
// group, on the loan being mediated or settled, was dropped as noise. Now
// it is kept on #R1 as his say and the mediators hear it.
func TestDebtorPromiseKept(t *testing.T) {
	for _, tc := range []struct {
		settled bool
		said    string
		want    string
	}{
		{false, "年前一定还你 别到处说了", "调解时请把哪天前还多少写进协议"},
		{false, "过年前我肯定还 等我儿子打工回来", "调解时请把哪天前还多少写进协议"},
		{true, "放心 过年前肯定还上", "办结说好的日子不变"},
	} {
		t.Run(tc.said, func(t *testing.T) {
			var c *chat
			if tc.settled {
				c = settledLoan(t)
			} else {
				c = newChat(t, understand.Rules{})
				c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
				c.say("张三", "上报 调解 陈二借我三千块 说好年底还 现在找他就躲")
				c.say("李四", "确认 #R1")
			}
			c.now = c.now.Add(time.Hour)
			got := c.say("陈二", tc.said)
			has(t, "the debtor", got, "陈二: 陈二，已记在 #R1 上：「"+tc.said)
			has(t, "the mediators", got, "郑十: 【调解·欠款方表态】#R1", "另一方陈二说", tc.want)
			lacks(t, "no new item", got, "已登记 #R2", "回复「1」登记")
			rep := c.reports()[0]
			if last := rep.History[len(rep.History)-1]; !strings.HasPrefix(last.Note, "欠款方说会还：") {
				t.Errorf("last entry %+v, want the debtor's promise", last)
			}
		})
	}
}

// TestPromiseNotOthers: a neighbour's promise or a refusal is no promise
// kept on #R1 (the creditor's report of one is kept since med108:
// TestCreditorRelaysPromise).
func TestPromiseNotOthers(t *testing.T) {
	c := settledLoan(t)
	lacks(t, "a neighbour", c.say("王五", "年前一定还你"), "【调解·欠款方表态】")
	lacks(t, "a refusal", c.say("陈二", "凭什么还你 我又没借"), "【调解·欠款方表态】")
}

// TestBarePaymentReckoned (med106's leftover 2): 张三's 「他还了1000」 was
// dropped in the group (menu privately). Now it is reckoned against the
// 3000 owed: the rest is said, and once all of it came he is asked for
// his 满意 and the money counts as paid.
func TestBarePaymentReckoned(t *testing.T) {
	c := settledLoan(t)
	c.now = c.now.Add(3 * time.Hour)
	got := c.private("张三", "他今天还了1000")
	has(t, "the rest", got, "张三: 张三，已记在 #R1 上：「他今天还了1000」（一共3000元，还差2000元）", "12月20日前给")
	has(t, "the mediators", got, "李四: 【调解·部分还款】#R1", "还差2000元")
	got = c.say("张三", "又还了两千 齐了")
	has(t, "all of it", got, "（一共3000元，已经还清）", "请回复「满意 #R1」", "郑十: 【调解·钱已还清】#R1")
	rep := c.reports()[0]
	if rep.Status != village.StatusResolved {
		t.Errorf("#R1 %s, want resolved until his 满意", rep.Status)
	}
	if last := rep.History[len(rep.History)-1]; !strings.HasPrefix(last.Note, "已还清：") {
		t.Errorf("last entry %+v, want paid in full", last)
	}
}

// TestBarePaymentWhileMediated: the same said while the loan is mediated
// tells the mediators the rest for the 办结.
func TestBarePaymentWhileMediated(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
	c.say("张三", "上报 调解 陈二借我三千块 说好年底还 现在找他就躲")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(time.Hour)
	got := c.say("张三", "他还了1000")
	has(t, "reckoned", got, "（一共3000元，还差2000元）", "李四: 【调解·部分还款】#R1", "办结时请写清已还多少")
}

// TestDebtorPaidAllIsHisSay: the debtor's 「我还了3000」 is his say: the
// mediators check it, and the settlement still waits for 张三.
func TestDebtorPaidAllIsHisSay(t *testing.T) {
	c := settledLoan(t)
	got := c.say("陈二", "我昨天还了3000")
	has(t, "checked", got, "郑十: 【调解·钱已还清】#R1", "请跟张三核实收到没有")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; !strings.HasPrefix(last.Note, "欠款方说已还清：") {
		t.Errorf("last entry %+v, want the debtor's say", last)
	}
}

// TestCreditorAfterSettledLinked (med106's leftover 3): 周八's 「他也欠我八
// 百」 hours after 陈二's loan to 张三 was settled was filed as #R2 「他也
// 欠我八百」, its 他 nobody's. Now #R2 names 陈二 and goes along #R1.
func TestCreditorAfterSettledLinked(t *testing.T) {
	c := settledLoan(t)
	c.now = c.now.Add(3 * time.Hour)
	got := c.say("周八", "他也欠我八百")
	has(t, "filed, named, linked", got, "已登记 #R2（调解事项）：陈二也欠我八百", "#R1（陈二借我三千块", "两件都说到陈二")
	has(t, "the mediators", got, "郑十: 【又一户和陈二有纠纷】#R1")
	reps := c.reports()
	var r2 village.Report
	for _, r := range reps {
		if r.ID == "R2" {
			r2 = r
		}
	}
	if r2.Along != "R1" || r2.Text != "陈二也欠我八百" {
		t.Errorf("#R2 along %q text %q, want along R1, 陈二 named", r2.Along, r2.Text)
	}
	if reps[0].Status != village.StatusResolved {
		t.Errorf("#R1 %s, want still resolved (not joined)", reps[0].Status)
	}
}

// TestCreditorOtherDebtorNotLinked: 周八's debt of someone else after
// 陈二's settlement is his own, not linked.
func TestCreditorOtherDebtorNotLinked(t *testing.T) {
	c := settledLoan(t)
	c.now = c.now.Add(3 * time.Hour)
	got := c.say("周八", "王五也欠我八百块钱 赊了半年")
	lacks(t, "not linked", got, "两件都说到陈二", "【又一户和陈二有纠纷】")
}
