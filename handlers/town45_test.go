package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficerPressesGridsOwnItem: an officer may press an item its grid
// never sent up (「#R1 抓紧处理」): it reaches the grid's leader, the item
// keeps where he asked, and the leader's answer comes back to that chat;
// before, he was refused and given the leader's phone.
func TestOfficerPressesGridsOwnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	got := c.office("#R1 抓紧处理")
	has(t, "pressed", got, officeChat+": #R1 已私信督促网格长李四：抓紧处理\n网格长李四回复后会发到本群。", "李四: 【镇里督办】青山村三组 #R1")
	lacks(t, "pressed", got, "13900000004")
	h := c.reports()[0].History
	if e := h[len(h)-1]; e.Chat != officeChat || !e.Urge {
		t.Errorf("the ask's step %+v: want it to keep %s and that it is an order", e, officeChat)
	}
	got = c.private("李四", "电工明天上午来修")
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四回复孙七的督办：电工明天上午来修", "已转给镇里（回复孙七的督办）")
}

// TestOrderAndQuestionHeaders: an instruction reaches the grid as
// 【镇里督办】 and its answer, quoting it, comes back as 「回复…的督办」; a
// question stays 【镇里问】 and 「答复…的提问」.
func TestOrderAndQuestionHeaders(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	got := c.office("#R1 抓紧处理")
	has(t, "order", got, "李四: 【镇里督办】青山村三组 #R1（村口路灯坏了好几天了）\n孙七：抓紧处理")
	var asked string
	for _, s := range got {
		if len(s) > len("李四: ") && s[:len("李四: ")] == "李四: " {
			asked = s[len("李四: "):]
		}
	}
	got = c.send(bot.Message{Private: true, From: "李四", Text: "已经联系电工了", Quote: &bot.Quote{Name: "网格小助手", Text: asked}})
	has(t, "order answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四回复孙七的督办：已经联系电工了")
	got = c.office("#R1 电工联系上了吗")
	has(t, "question", got, "李四: 【镇里问】青山村三组 #R1")
	got = c.private("李四", "联系上了 明天上午来")
	has(t, "question answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：联系上了 明天上午来")
}

// shortDigest is the 早报's short form when nothing changed overnight.
const shortDigest = "【早报】3月5日 全镇未办结 2 件，近一天没有新情况；超期 2 件：青山村三组 #R1 #R2。"

// TestOfficerUrgesQuotingShortDigest: an instruction quoting the 早报's
// short form names the item by its number, or is asked which one.
func TestOfficerUrgesQuotingShortDigest(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	got := quotingOffice(c, shortDigest, "抓紧处理")
	expect(t, "names none", got, officeChat+": 孙七，「抓紧处理」说的是哪一件？这条消息里有：\n#R1 村口路灯坏了好几天了\n#R2 垃圾站满了没人拉"+
		"\n请写上编号再发，例如「#R1 抓紧处理」，我会私信转给它的网格长。")
	got = quotingOffice(c, shortDigest, "R2抓紧处理")
	has(t, "names one", got, officeChat+": #R2 已私信督促网格长李四：抓紧处理")
	lastAsk(t, c, 1, "抓紧处理")
}
