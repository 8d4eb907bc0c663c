package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestSettlementUnpaid: after a quarrel's 办结 on an agreement to pay, the
// reporter's word that it was not paid ("说好三天给钱 到现在300块一分没给")
// is his 未解决 of that item, not a new item; the payer's own 「钱我不给了」
// reopens it too, as a party's "又吵起来了" does.
func TestSettlementUnpaid(t *testing.T) {
	c := ditchTaken(t, 0)
	c.say("李四", "办结 #R1 双方达成协议 张三赔陈二300元 三天内付清")
	c.now = c.now.Add(4 * 24 * time.Hour)
	got := c.say("陈二", "说好三天给钱 到现在300块一分没给 这调解有啥用")
	lacks(t, "no new item", got, "已登记")
	has(t, "reopened", got, "已重新打开")
	c.wantReports(1, "")
	c.wantStatuses(nil, village.StatusReopened)

	c = ditchTaken(t, 0)
	c.say("李四", "办结 #R1 双方达成协议 张三赔陈二300元")
	c.now = c.now.Add(26 * time.Hour)
	has(t, "the payer's refusal, privately", c.private("张三", "那300块钱我不给了"), "已重新打开")
	c.wantStatuses(nil, village.StatusReopened)
}

// TestSettlementPaidIsNoReopen: words that it was paid, or a question
// whether it was, reopen nothing.
func TestSettlementPaidIsNoReopen(t *testing.T) {
	c := ditchTaken(t, 0)
	c.say("李四", "办结 #R1 双方达成协议 张三赔陈二300元")
	c.now = c.now.Add(26 * time.Hour)
	lacks(t, "paid", c.say("陈二", "300块钱张三给我了"), "已重新打开")
	lacks(t, "a question", c.say("周八", "钱给了没"), "已重新打开")
	c.wantStatuses(nil, village.StatusResolved)
}

var _ = understand.Rules{}
