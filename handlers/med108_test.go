package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// mediatedLoan is 陈二's 3000 loan from 张三, accepted, not settled.
func mediatedLoan(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
	c.say("张三", "上报 调解 陈二借我三千块 说好年底还 现在找他就躲")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(time.Hour)
	return c
}

// TestCreditorRelaysPromise (med107's leftover 1): 张三's 「他说年前还」 was
// dropped. Now it is kept on #R1 with its day, the mediators hear it
// (write the day into the 协议), and after a 办结 naming no day the 回访
// waits for the day he relayed.
func TestCreditorRelaysPromise(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("张三", "刚才碰见他了 他说年前还")
	has(t, "kept", got, "张三: 张三，已记在 #R1 上：「刚才碰见他了 他说年前还」", "（说的是2月5日前）")
	has(t, "the mediators", got, "郑十: 【调解·欠款方表态】#R1", "这是张三转述对方答应的（2月5日前）", "写进协议")
	lacks(t, "no new item", got, "已登记 #R2", "回复「1」登记")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; !strings.HasPrefix(last.Note, "转述欠款方会还：") {
		t.Errorf("last entry %+v, want the relayed promise", last)
	}

	c.say("李四", "办结 #R1 两家谈好了 剩下3000陈二答应还张三")
	c.now = c.now.Add(time.Hour)
	got = c.private("张三", "他说月底前还我")
	has(t, "settled, no day", got, "过了12月31日我会私信问您钱还了没有", "郑十: 【调解·欠款方表态】#R1", "过了12月31日会私信问张三")
}

// TestRelayKeepsSettledDay: after a 办结 naming its own day, the relayed
// promise changes no day (med107's decision for the debtor's own word).
func TestRelayKeepsSettledDay(t *testing.T) {
	c := settledLoan(t)
	c.now = c.now.Add(time.Hour)
	got := c.say("张三", "他说年前一定还")
	has(t, "the day stands", got, "办结时说好的12月20日前不变，过了12月20日我会私信问您", "办结说好的日子不变")
}

// TestMovedMoneyIsPaid (med107's leftover 2): 「转给我2000了」 was dropped.
func TestMovedMoneyIsPaid(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("张三", "他微信转给我2000了")
	has(t, "reckoned", got, "（一共3000元，还差1000元）", "李四: 【调解·部分还款】#R1")
	c = settledLoan(t)
	c.now = c.now.Add(time.Hour)
	got = c.private("张三", "转给我3000了")
	has(t, "all of it", got, "（一共3000元，已经还清）", "请回复「满意 #R1」")
}

// TestOnePaymentBothSides (med107's leftover 3): 陈二's 「我还了他1000」 and
// 张三's 「他还了我1000」 are one payment: the rest is 2000 whichever spoke
// first, and the mediators hear it matched; 「又还了」 is another.
func TestOnePaymentBothSides(t *testing.T) {
	for _, order := range [][2]string{{"陈二", "张三"}, {"张三", "陈二"}} {
		t.Run(order[0]+" first", func(t *testing.T) {
			c := mediatedLoan(t)
			said := map[string]string{"陈二": "我昨天还了他1000", "张三": "他还了我1000"}
			has(t, "first", c.say(order[0], said[order[0]]), "还差2000元")
			got := c.say(order[1], said[order[1]])
			has(t, "the same one", got, "还差2000元", "只算一次", "前面说的是同一笔")
			lacks(t, "not twice", got, "还差1000元")
			got = c.say("陈二", "今天又还了500")
			has(t, "another", got, "还差1500元")
			lacks(t, "not matched", got, "只算一次")
		})
	}
}

// TestRelayNotOthers: a neighbour relaying, or the creditor's own demand,
// is not kept.
func TestRelayNotOthers(t *testing.T) {
	c := mediatedLoan(t)
	lacks(t, "a neighbour", c.say("王五", "他说年前还"), "【调解·欠款方表态】")
	lacks(t, "a demand", c.say("张三", "我跟他说了 年前必须还"), "【调解·欠款方表态】")
	rep := c.reports()[0]
	for _, h := range rep.History {
		if h.Action == village.ActSaid && strings.HasPrefix(h.Note, "转述欠款方会还：") {
			t.Errorf("kept %+v", h)
		}
	}
}

// TestPaidWithAck: 「收到了 他还了1000」 and 「他又还了500 收到了」 were
// taken as a notice's 收到 and dropped. Now they are the money reckoned.
func TestPaidWithAck(t *testing.T) {
	c := mediatedLoan(t)
	has(t, "ack first", c.say("张三", "收到了 他还了1000"), "（一共3000元，还差2000元）", "李四: 【调解·部分还款】#R1")
	has(t, "ack after", c.say("张三", "他又还了500 收到了"), "（一共3000元，还差1500元）")
}
