package handlers_test

import (
	"testing"
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
