package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestOwnRepeatCountsOnce (med108's leftover 1): 张三's 「他还了我1000」 said
// twice counted 2000 paid. Now the second is that payment again: once, he
// is told how to say another, the mediators are not told twice; 又, or a
// payment of a later day, is another.
func TestOwnRepeatCountsOnce(t *testing.T) {
	c := mediatedLoan(t)
	has(t, "first", c.say("张三", "他还了我1000"), "还差2000元", "李四: 【调解·部分还款】#R1")
	got := c.say("张三", "他还了我1000")
	has(t, "again", got, "这1000元您今天（12月8日）已经说过了", "只算一次（一共3000元，还差2000元）", "请说「又还了1000」")
	lacks(t, "not twice", got, "还差1000元", "李四: 【调解", "郑十: 【调解")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "repeated next day", c.private("张三", "他还了我1000块"), "已经说过了", "还差2000元")
	has(t, "today's is another", c.private("张三", "今天他又还了我1000"), "还差1000元", "李四: 【调解·部分还款】#R1")

	c = mediatedLoan(t)
	c.say("张三", "他还了我1000")
	c.now = c.now.Add(24 * time.Hour)
	got = c.say("张三", "今天他还了我1000")
	has(t, "another day named", got, "还差1000元")
	lacks(t, "not the same", got, "已经说过了")
}

// TestDebtorRepeatCountsOnce: the debtor's own 「我还了1000」 twice is one
// claim: he is told 2000 is left, not 1000.
func TestDebtorRepeatCountsOnce(t *testing.T) {
	c := mediatedLoan(t)
	has(t, "first", c.say("陈二", "我昨天还了他1000"), "还差2000元")
	got := c.say("陈二", "我昨天还了他1000")
	has(t, "again", got, "已经说过了", "还差2000元", "请说「又还了1000」")
	lacks(t, "not twice", got, "还差1000元")
	// 张三 confirming it is still the one payment
	got = c.say("张三", "他昨天还了我1000")
	has(t, "confirmed", got, "还差2000元", "只算一次")
	lacks(t, "no repeat", got, "已经说过了")
}

// TestRelayWhileMediatedDay (med108's leftover 2): 张三's 「他说腊月二十前
// 还」 said while #R1 was mediated was lost at a 办结 naming no day: the
// 回访 asked three days on and the item closed before the money's day.
// Now the 办结 falls back on it: every copy says the day, the mediator
// hears where it came from.
func TestRelayWhileMediatedDay(t *testing.T) {
	c := mediatedLoan(t)
	c.say("张三", "刚才碰见他了 他说腊月二十前还")
	c.now = c.now.Add(3 * time.Hour)
	got := c.say("李四", "办结 #R1 两家谈好了 陈二答应把3000还给张三")
	has(t, "the reporter", got, "张三: 【调解事项】#R1", "说好1月27日（腊月二十）前办的，过了那天我会再问您")
	has(t, "the mediator", got, "办结没写哪天前给，按调解时对方答应的1月27日（腊月二十）前算")

	// the 办结's own day stands
	c = mediatedLoan(t)
	c.say("张三", "刚才碰见他了 他说腊月二十前还")
	got = c.say("李四", "办结 #R1 两家谈好了 陈二答应12月20日前把3000还给张三")
	has(t, "its own day", got, "说好12月20日前办的")
	lacks(t, "not the relay's", got, "1月27日", "办结没写哪天前给")
}

// TestOtherCreditorRelays (med108's leftover 3): 周八, another creditor of
// #R1's debtor, said 「刚碰到陈二了 他说年前还我」: dropped in the group,
// privately offered as a 一般事项. Now kept under his name, the mediators
// told it is his money, and after a 办结 naming no day of his his copy
// and 回访 follow the day he relayed.
func TestOtherCreditorRelays(t *testing.T) {
	c := mediatedLoan(t)
	c.say("周八", "他也欠我八百块钱 赊的烟酒一直没结")
	got := c.say("周八", "刚碰到陈二了 他说年前还我")
	has(t, "kept", got, "周八，已记在 #R1 上：「刚碰到陈二了 他说年前还我」", "把您这笔哪天前还多少也定下来", "（说的是2月5日前）",
		"李四: 【调解·欠款方表态】#R1", "这是周八那笔（同一个人欠的另一笔钱）")
	lacks(t, "not filed", got, "回复「1」登记", "已登记 #R2")
	got = c.private("周八", "他答应月底前把800还我")
	has(t, "privately", got, "已记在 #R1 上", "（说的是12月31日前）")
	lacks(t, "no offer", got, "回复「1」登记")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; last.By != "周八" || !strings.HasPrefix(last.Note, "另一笔转述欠款方会还：") {
		t.Errorf("last entry %+v, want 周八's relay", last)
	}
	if len(c.reports()) != 1 {
		t.Errorf("%d items, want 1", len(c.reports()))
	}

	got = c.say("李四", "办结 #R1 两家谈好了 陈二答应12月20日前还张三3000 欠周八的800也还上")
	has(t, "his day", got, "周八: 【调解事项】#R1", "说好12月31日前给您的")
	c.now = c.now.Add(time.Hour)
	got = c.private("周八", "陈二说腊月二十前还我")
	has(t, "after the 办结", got, "过了1月27日我会私信问您钱给了没有", "请私信我「钱收到了」", "会私信问周八钱给了没有")
	lacks(t, "not the reporter's 满意", got, "满意 #R1")
}

// TestRelayNotOtherCreditorsOthers: a neighbour who is no creditor, or 周八
// once the item is closed, is not kept as a creditor's relay.
func TestRelayNotOtherCreditorsOthers(t *testing.T) {
	c := mediatedLoan(t)
	lacks(t, "a neighbour", c.say("王五", "碰到陈二了 他说年前还"), "【调解·欠款方表态】")
	lacks(t, "a handler", c.say("郑十", "陈二说年前还"), "【调解·欠款方表态】")
}

// TestDebtorNotNotPaying (walk): 陈二's 「我不是不还 今年打工的工钱老板还没
// 给 年后一定还」 on 周八's shop credit was filed as #R2, a wage quarrel with
// the 12333 hint. Now it is his promise on #R1.
func TestDebtorNotNotPaying(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 10, 9, 30, 0, 0, at.Location())
	has(t, "offered", c.say("周八", "陈二在我店里赊了两千多块钱的东西 一年了 要过年了我也要进货"), "调解事项·矛盾纠纷", "回复「1」登记")
	has(t, "filed", c.say("周八", "1"), "已登记 #R1（调解事项）")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(5 * time.Hour)
	got := c.say("陈二", "我不是不还 今年打工的工钱老板还没给 年后一定还")
	has(t, "his promise", got, "陈二，已记在 #R1 上", "李四: 【调解·欠款方表态】#R1", "这是陈二自己答应的")
	lacks(t, "not filed", got, "已登记 #R2", "12333")
}
