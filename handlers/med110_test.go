package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestReportTypedLast (med109's leftover 4): 「…说他也不听 上报调解」 was
// asked back as if 上报调解 were part of the matter. Now 上报 with its
// type typed after the words is the command typed first: filed at once,
// without the command's words.
func TestReportTypedLast(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())
	got := c.say("张三", "陈二家扫雪把雪全堆到我家门口 化了结冰 说他也不听 上报调解")
	has(t, "filed", got, "已登记 #R1（调解事项）：陈二家扫雪把雪全堆到我家门口 化了结冰 说他也不听\n")
	lacks(t, "not asked back", got, "回复「1」登记", "上报调解")
	got = c.say("陈二", "张三借了我三千块 说好年底还 现在又说年后再给 一拖再拖 我要上报调解")
	has(t, "his own debt filed", got, "已登记 #R2（调解事项）：张三借了我三千块 说好年底还 现在又说年后再给 一拖再拖\n")
	// 上报 told, not typed as the command: left to the words
	lacks(t, "told", c.say("王五", "这个事我已经上报调解了"), "已登记 #R3")
}

// TestRelayPutOffTillAfterFestival (med109's leftover 3): 「他又说年后再给
// 一拖再拖」 was kept with no day. 年后 is now 正月十五, told as such.
func TestRelayPutOffTillAfterFestival(t *testing.T) {
	c := mediatedLoan(t)
	got := c.say("张三", "刚才碰到陈二了 他又说年后再给 一拖再拖")
	has(t, "the day", got, "张三: 张三，已记在 #R1 上", "（说的是年后，按2027年2月20日（正月十五）前算）",
		"李四: 【调解·欠款方表态】#R1", "这是张三转述对方答应的（年后，按2027年2月20日（正月十五）前算）")
}

// TestMoneyWordAfterSatisfied (med109's leftover 2): after 张三's 满意 to a
// 办结 whose money was still to come, his 「他说年前一定还我」 and 「陈二还
// 了我1000」 were dropped in the group. Now they are kept on #R1, the
// mediators hear them, and he is told to say 未解决 if the day passes.
func TestMoneyWordAfterSatisfied(t *testing.T) {
	c := mediatedLoan(t)
	c.say("李四", "办结 #R1 双方当面谈好了 陈二答应12月31日前把3000还给张三")
	c.say("张三", "满意 #R1")
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("张三", "昨天碰到陈二了 他说年前一定还我")
	has(t, "relay kept", got, "张三: 张三，已记在 #R1 上：「昨天碰到陈二了 他说年前一定还我」", "#R1 已完结；过了12月31日还没给齐，请私信我「未解决 #R1 原因」",
		"李四: 【调解·欠款方表态】#R1", "#R1 已完结，这条记下备查")
	got = c.say("张三", "陈二还了我1000")
	has(t, "payment kept", got, "（一共3000元，还差2000元）", "李四: 【调解·部分还款】#R1")
	rep := c.reports()[0]
	if n := len(rep.History); rep.History[n-1].By != "张三" || rep.History[n-2].By != "张三" {
		t.Fatalf("the words are to be kept on #R1: %+v", rep.History[n-2:])
	}
	// the debtor's word that he paid after the 满意 is kept too, for the
	// record (med111); it closes nothing
	got = c.say("陈二", "我又还了他2000 都还清了")
	has(t, "debtor kept", got, "陈二: 陈二，已记在 #R1 上", "#R1 张三已回复满意、已完结，这条记下备查")
	lacks(t, "nothing closes", got, "这件事就结了")
}
