package handlers_test

import (
	"context"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestCounterClaimOwnItem (med111's leftover 2): on 张三's loan to 陈二,
// 陈二's 「他还欠我八百块呢 还好意思说我」 was kept as his side of #R1: money
// owed the other way never got its own 办结 or 回访. Now it is filed as his
// own item, its 他 named, linked to #R1; his next words of it go to it.
func TestCounterClaimOwnItem(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("陈二", "他还欠我八百块呢 还好意思说我")
	has(t, "own item", got, "已登记 #R2（调解事项）：张三还欠我八百块呢 还好意思说我", "两家之间还有 #R1")
	lacks(t, "not #R1's side", got, "#R1 的争执还在群里继续")
	c.say("陈二", "我是欠他三千 可他去年借我的两千也一直没还啊")
	reps := c.reports()
	if len(reps) != 2 || reps[1].Along != reps[0].ID {
		t.Fatalf("two items, the second linked: %+v", reps)
	}
	if last := reps[0].History[len(reps[0].History)-1]; last.By == "陈二" {
		t.Errorf("#R1 kept 陈二's counter-claim: %+v", last)
	}
}

// TestCounterClaimNamedStillOwed: 「张三还欠我两千呢」 read as a question
// (its 呢) was filed as a 一般事项; it is the debtor's own debt.
func TestCounterClaimNamedStillOwed(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("陈二", "张三还欠我两千呢 去年买我家猪崽的钱到现在没给")
	has(t, "own item", got, "已登记 #R2（调解事项）：张三还欠我两千呢", "两家之间还有 #R1")
}

// TestDebtorExcuseStaysSide: the debtor's money owed him by a third
// villager is his excuse on #R1, no counter-claim; nor is his promise.
func TestDebtorExcuseStaysSide(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("陈二", "刘洋还欠我一千呢 他不给我 我哪有钱还")
	lacks(t, "no linked item", got, "两家之间还有 #R1")
	got = c.say("陈二", "我不是不还 今年打工的工钱老板还没给 年后一定还")
	has(t, "his promise", got, "已记在 #R1 上")
}

// TestDebtorPaidAfterOwnSatisfied (med111's leftover 3): after 张三's 满意
// (given before the money came), 陈二's 「一次性还清了」 was kept and the
// mediators asked to check with 张三. Nothing else asks him on a closed
// item: now the bot asks 张三 himself (his word is the ledger), the
// mediators hear it is asked; the item stays closed.
func TestDebtorPaidAfterOwnSatisfied(t *testing.T) {
	c := mediatedLoan(t)
	c.say("李四", "办结 #R1 陈二答应12月31日前把3000还给张三")
	c.say("张三", "满意 #R1")
	got := c.private("陈二", "张三那三千块我昨天一次性还清了")
	has(t, "kept, asked", got, "陈二: 陈二，已记在 #R1 上", "也私信问了张三收到没有",
		"张三: 【调解回访】#R1", "陈二说钱已经还清了", "（一共3000元）", "您收到了就不用回", "「未解决 #R1 原因」",
		"李四: 【调解·钱已还清】#R1", "张三已回复满意、已完结", "已私信问张三收到没有")
	lacks(t, "mediators not sent", got, "请跟张三核实")
	if rep := c.reports()[0]; rep.Status != village.StatusClosed {
		t.Fatalf("#R1 stays closed: %s", rep.Status)
	}
	// part of it goes as before (med111)
	c2 := mediatedLoan(t)
	c2.say("李四", "办结 #R1 陈二答应12月31日前把3000还给张三")
	c2.say("张三", "满意 #R1")
	got = c2.say("陈二", "我今天先还了张三1000 剩下的年前给")
	has(t, "part told", got, "李四: 【调解·部分还款】#R1", "请跟张三核实收到没有")
	lacks(t, "not asked", got, "张三: 【调解回访】")
}

// TestDebtorPaidAfterAutoClose: closed for want of 张三's answer, 陈二's
// 「还清了」 told the mediators 「张三已回复满意」; it says the close it was.
func TestDebtorPaidAfterAutoClose(t *testing.T) {
	c := mediatedLoan(t)
	c.say("李四", "办结 #R1 陈二答应12月31日前把3000还给张三")
	ctx := context.Background()
	rep, err := c.st.Report(ctx, village3, "R1")
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Apply(village.ActConfirm, village.SystemActor, c.now, "办结后未答复，自动结案"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(ctx, storage.Change{Scope: village3, MsgID: "followup-test", Report: &rep,
		Audit: storage.Audit{At: c.now, By: village.SystemActor, Action: "followup"}}); err != nil {
		t.Fatal(err)
	}
	got := c.private("陈二", "张三那三千块我昨天一次性还清了")
	has(t, "mediators told", got, "李四: 【调解·钱已还清】#R1", "办结后张三一直没答复、已自动结案", "张三: 【调解回访】#R1")
	lacks(t, "no 满意", got, "张三已回复满意")
}
