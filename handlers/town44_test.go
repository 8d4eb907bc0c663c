package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// digestLines is the 早报's 超期 part of two items sent up, as the office
// reads it (village.OfficeDigest's lines), and one of its lines alone, as
// WeChat quotes a part of a message.
const (
	digestLine1 = "#R1 青山村三组 一般事项 村口路灯坏了好几天了（3月2日上报镇，镇里还没人接手，网格长李四（13900000004），超期2天）"
	digestLine2 = "#R2 青山村三组 一般事项 垃圾站满了没人拉（3月2日上报镇，镇里还没人接手，网格长李四（13900000004），超期2天）"
	digestLines = "【早报】3月5日 全镇未办结 2 件\n超期：\n" + digestLine1 + "\n" + digestLine2 + "\n在本群发「待办」看已上报和突发事项。"
)

// quotingOffice is an officer's message in the office chat quoting the
// bot's post.
func quotingOffice(c *chat, post, text string) []string {
	return c.send(bot.Message{Chat: officeChat, From: "孙七", Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: post}})
}

// lastAsk is the last step of item i when it is the township's question
// (镇里问) with note; it fails the test otherwise.
func lastAsk(t *testing.T, c *chat, i int, note string) {
	t.Helper()
	h := c.reports()[i].History
	if e := h[len(h)-1]; e.Action != village.ActAsk || e.Note != note {
		t.Errorf("#R%d's last step: %+v, want the township's 镇里问 %q", i+1, e, note)
	}
}

// TestOfficerUrgesQuotingDigestLine: an officer's instruction (「抓紧处理」)
// quoting one line of the 早报 reaches the item's grid leader as the
// township's order (镇里督办; his 「这个谁在管」 is answered from the item
// since town46), is kept in the item's
// history, and he is told whom it went to; before, he was offered to
// record his own words as the item's 进展.
func TestOfficerUrgesQuotingDigestLine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	got := quotingOffice(c, digestLine1, "抓紧处理")
	has(t, "urged", got, officeChat+": #R1 已私信督促网格长李四：抓紧处理", "李四: 【镇里督办】青山村三组 #R1", "孙七：抓紧处理")
	lacks(t, "urged", got, "回复「1」", "进展 #R1 抓紧处理")
	lastAsk(t, c, 0, "抓紧处理")
	got = quotingOffice(c, digestLine2, "这个谁在管")
	// who handles it: the item answers it (town46), nothing for the grid
	has(t, "who", got, officeChat+": #R2 青山村三组 一般事项·已上报镇")
	lacks(t, "who", got, "李四: ")
	has(t, "typed after its number", c.in(officeChat, "孙七", "#R1 赶紧派人去修"), officeChat+": #R1 已私信督促网格长李四：赶紧派人去修")
	lastAsk(t, c, 0, "赶紧派人去修")
}

// TestOfficerUrgesQuotingWholeDigest: quoting the whole 早报, the officer's
// instruction naming one item by its words (「垃圾站的抓紧处理」) is about
// that item alone, as news quoting the 【超期上报】 of several is; one naming
// none is not guessed at.
func TestOfficerUrgesQuotingWholeDigest(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	got := quotingOffice(c, digestLines, "垃圾站的抓紧处理")
	has(t, "names one", got, officeChat+": #R2 已私信督促网格长李四：垃圾站的抓紧处理")
	lacks(t, "names one", got, "#R1", "可以这样用")
	lastAsk(t, c, 1, "垃圾站的抓紧处理")
	got = quotingOffice(c, digestLines, "路灯那个电工找了吗？")
	has(t, "a question naming one", got, officeChat+": #R1 已私信问网格长李四：路灯那个电工找了吗？")
	lastAsk(t, c, 0, "路灯那个电工找了吗？")
	got = quotingOffice(c, digestLines, "抓紧处理")
	expect(t, "names none", got, officeChat+": 孙七，「抓紧处理」说的是哪一件？这条消息里有：\n#R1 村口路灯坏了好几天了\n#R2 垃圾站满了没人拉"+
		"\n请写上编号再发，例如「#R1 抓紧处理」，我会私信转给它的网格长。几件都要督促的，引用早报回复「都抓紧处理」。")
	got = quotingOffice(c, overdueBatch, "路灯的事抓紧处理")
	has(t, "the batch", got, officeChat+": #R1 已私信督促网格长李四：路灯的事抓紧处理")
}

// TestVillagerAddsToEscalatedItem: the reporter's new word about his item
// the township took over (「灯泡我买好了，放在村委会」 quoting the bot's
// message about it) reaches its handlers, the officer among them, as
// 【村民补充】 (what he adds), not 【又来反映】, which stays for the same
// complaint said again.
func TestVillagerAddsToEscalatedItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	has(t, "taken over", c.in(officeChat, "孙七", "确认 #R1"), "#R1")
	up := "#R1 已上报到镇里协调，有进展会在群里告诉大家。"
	got := c.send(bot.Message{Chat: grid3, From: "张三", Text: "灯泡我买好了，放在村委会", Quote: &bot.Quote{Name: "网格小助手", Text: up}})
	has(t, "adds", got, "孙七: 【村民补充】#R1（村口路灯坏了好几天了，", "：张三在群里补充：「灯泡我买好了，放在村委会」", "李四: 【村民补充】#R1")
	lacks(t, "adds", got, "【又来反映】", "又说")
}
