package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// asks counts the township's questions and orders (ActAsk) in item i's
// history.
func asks(c *chat, i int) int {
	n := 0
	for _, e := range c.reports()[i].History {
		if e.Action == village.ActAsk {
			n++
		}
	}
	return n
}

// twoSentUp is a chat where 李四 sent #R1 (路灯) and #R2 (垃圾站) up to
// the township, as the 早报 lines of town44's tests show them.
func twoSentUp(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	return c
}

// TestWhoHandlesAnsweredFromItem: 「这个谁在管」 quoting a line of the 早报
// (or typed after the number) asks who handles the item: the officer gets
// its handler and how it stands from the item, as 查 shows it, and nothing
// goes to the grid (no 镇里督办, no step the 早报 and the reminder would
// count as waiting). 「什么情况」 quoting the line is answered so too (it
// was offered as the officer's own 进展); an order with a who-question
// (「谁在管？抓紧处理」) stays an order.
func TestWhoHandlesAnsweredFromItem(t *testing.T) {
	c := twoSentUp(t)
	card := officeChat + ": #R2 青山村三组 一般事项·已上报镇\n内容：垃圾站满了没人拉"
	got := quotingOffice(c, digestLine2, "这个谁在管")
	has(t, "who, quoting", got, card, "负责人：李四", "网格长：李四 13900000004", "镇里还没人接手：接手回复「确认 #R2」")
	lacks(t, "who, quoting", got, "李四: ", "已私信", "督办")
	if n := asks(c, 1); n != 0 {
		t.Errorf("「这个谁在管」 left %d township asks on #R2, want none", n)
	}
	got = c.office("#R2 谁在管")
	has(t, "who, typed", got, card)
	lacks(t, "who, typed", got, "李四: ")
	got = quotingOffice(c, digestLine1, "什么情况")
	has(t, "how it stands, quoting", got, officeChat+": #R1 青山村三组 一般事项·已上报镇")
	lacks(t, "how it stands, quoting", got, "回复「1」", "进展 #R1 什么情况", "李四: ")
	if n := asks(c, 0) + asks(c, 1); n != 0 {
		t.Errorf("questions the item answers left %d township asks", n)
	}
	got = quotingOffice(c, digestLine1, "谁在管？抓紧处理")
	has(t, "an order", got, officeChat+": #R1 已私信督促网格长李四：谁在管？抓紧处理", "李四: 【镇里督办】青山村三组 #R1")
	lastAsk(t, c, 0, "谁在管？抓紧处理")
}

// TestWhoQuotingWholeDigest: 「谁在管」 quoting the whole 早报 names no
// item: the officer is told who has each item it lists, one line each
// (rep51; it asked which before), and nothing goes to the grid; naming
// one by its words (「垃圾站那个谁在管」) answers that one.
func TestWhoQuotingWholeDigest(t *testing.T) {
	c := twoSentUp(t)
	got := quotingOffice(c, digestLines, "谁在管？")
	expect(t, "names none", got, officeChat+": 孙七，这几件的负责人：\n#R1 村口路灯坏了好几天了：李四负责，镇里还没人接手（已上报镇）"+
		"\n#R2 垃圾站满了没人拉：李四负责，镇里还没人接手（已上报镇）"+
		"\n看详情回复「查 #R1」；要网格抓紧办，回复「#R1 抓紧处理」，几件一起督促就引用早报回复「都抓紧」。")
	if n := asks(c, 0) + asks(c, 1); n != 0 {
		t.Errorf("「谁在管？」 to the 早报 left %d township asks, want none", n)
	}
	got = quotingOffice(c, digestLines, "垃圾站那个谁在管")
	has(t, "names one", got, officeChat+": #R2 青山村三组 一般事项·已上报镇")
	lacks(t, "names one", got, "#R1", "李四: ")
}

// TestOrderReadsAsOrder: what the officer is told and what 查 shows of
// his order say 督促/督办, not 问; a question stays 问.
func TestOrderReadsAsOrder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	has(t, "order", c.office("#R1 抓紧处理"), officeChat+": #R1 已私信督促网格长李四：抓紧处理\n网格长李四回复后会发到本群。")
	has(t, "查 of an order", c.office("查 #R1"), "孙七 镇里督办：抓紧处理")
	has(t, "question", c.office("#R1 电工联系上了吗"), officeChat+": #R1 已私信问网格长李四：电工联系上了吗")
	has(t, "查 of a question", c.office("查 #R1"), "孙七 镇里问：电工联系上了吗")
}

// TestOrderAnswerTakenBack: the grid leader's plain words forwarded as his
// answer to an order on an item the grid never sent up (the office only
// pressed it) can be taken back as for one sent up, and both sides read
// that the order (督办) still waits; before, his 「不是答复」 found no
// answer to take back (the item follows no township chat).
func TestOrderAnswerTakenBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	has(t, "pressed", c.office("#R1 抓紧处理"), "李四: 【镇里督办】青山村三组 #R1")
	has(t, "answered", c.private("李四", "电工明天上午来修"), officeChat+": 【青山村三组】#R1（一般事项）李四回复孙七的督办：电工明天上午来修")
	got := c.private("李四", "不是答复")
	has(t, "taken back", got, "李四: 已撤回给镇里的答复：「电工明天上午来修」。#R1 孙七的督办还等您回复",
		officeChat+": 【青山村三组】#R1（一般事项）李四撤回了刚才的答复（电工明天上午来修），孙七的督办还等李四回复。")
	lacks(t, "taken back", got, "提问")
	h := c.reports()[0].History
	if e := h[len(h)-1]; e.Action != village.ActUnanswer {
		t.Errorf("#R1's last step %+v, want the answer taken back", e)
	}
}

// TestOfficerReadsTheGridsAnswer: the officer's 「好的」 quoting the grid's
// answer to his 督办 says he read it: nothing more (it was the hint to take
// over an item the grid holds, which he may not); a deadline he sets
// quoting it (「明天之前必须修好」) is a new order to the grid, not his own
// 进展. An item sent up that nobody in the township took keeps the hint.
// Asked who handles the grid's own item, he is told how to press it.
func TestOfficerReadsTheGridsAnswer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	got := c.office("#R1 谁在管")
	has(t, "who, the grid's own", got, "负责人：李四", "\n要网格抓紧办，回复「#R1 抓紧处理」，会私信督促网格长。")
	lacks(t, "who, the grid's own", got, "李四: ")
	c.office("#R1 抓紧处理")
	answer := "【青山村三组】#R1（一般事项）李四回复孙七的督办：电工明天上午来修"
	has(t, "answered", c.private("李四", "电工明天上午来修"), officeChat+": "+answer)
	expect(t, "read", quotingOffice(c, answer, "好的"))
	got = quotingOffice(c, answer, "明天之前必须修好")
	has(t, "a deadline", got, officeChat+": #R1 已私信督促网格长李四：明天之前必须修好", "李四: 【镇里督办】青山村三组 #R1")
	lacks(t, "a deadline", got, "回复「1」")
	lastAsk(t, c, 0, "明天之前必须修好")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	has(t, "sent up, untaken", quotingOffice(c, digestLine2, "收到"), officeChat+": 孙七，镇里要接手 #R2")
}
