package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestPartyAnswersProgress: a party's further words about the quarrel in
// the group while its mediation is open ("50块不够 那是下蛋的母鸡" after the
// 进展 that proposed 50 yuan) reach the handlers privately as the other
// party's first word does (【调解提醒】), and he hears privately that they
// were passed on: one round trip. His unrelated chat does not, nor a
// bystander's; his words again before the handlers' next step (within the
// hour) are only kept on the item; the next morning's words are told.
func TestPartyAnswersProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := func(who, text string) bot.Message { return bot.Message{Chat: grid3, From: who, Text: text} }
	c.say("陈二", "我家隔壁张三家的狗天天晚上叫 还咬了我家鸡")
	expect(t, "the other party", c.say("张三", "狗叫怎么了 哪家狗不叫 鸡是自己跑到我家院子里的"),
		"李四: 【调解提醒】#R1 的争执还在群里继续，张三也说了", "郑十: 【调解提醒】#R1 的争执还在群里继续", "张三: 张三，您刚才在群里说的（#R1）已转告")
	c.say("李四", "确认 #R1")
	c.say("李四", "进展 #R1 两家都谈了 张三同意把狗拴起来 鸡的事赔50块")

	passed := func(who string) string {
		return who + ": " + who + "，您刚才在群里说的（#R1）已转告李四、郑十，他们会再找您当面谈"
	}
	expect(t, "the reporter objects", c.costs(t, 1, "objection", g("陈二", "50块不够 那是下蛋的母鸡")),
		"李四: 【调解提醒】#R1 的当事人陈二在群里又说：「50块不够 那是下蛋的母鸡」\n请尽快联系双方当面调解，有进展回复「进展 #R1 情况」。",
		"郑十: 【调解提醒】#R1 的当事人陈二在群里又说", passed("陈二"))
	silent(t, "her greeting", c.costs(t, 0, "greeting", g("陈二", "大家早上好")))
	silent(t, "her other topic", c.say("陈二", "谁家的车停在路口了"))
	// said again before their next step: kept on the item, nobody told
	// (keep84: before, nothing was kept and nothing committed)
	silent(t, "her words again", c.costs(t, 1, "again", g("陈二", "那只鸡一天下一个蛋")))
	if h := c.reports()[0].History; h[len(h)-1].Note != "那只鸡一天下一个蛋" || !h[len(h)-1].Quiet {
		t.Errorf("R1's last entry %+v, want her words again kept quietly", h[len(h)-1])
	}
	expect(t, "the other party on the amount", c.costs(t, 1, "amount", g("张三", "50块也太多了吧")),
		"李四: 【调解提醒】#R1 的当事人张三在群里又说：「50块也太多了吧」", "郑十: 【调解提醒】#R1", passed("张三"))
	for _, got := range c.say("王五", "50块不够吧 那是下蛋的母鸡") {
		if strings.Contains(got, "调解提醒") {
			t.Errorf("a bystander: %q, want no notice", got)
		}
	}
	c.now = c.now.Add(10 * time.Hour)
	silent(t, "morning greeting", c.costs(t, 0, "morning greeting", g("陈二", "大家早上好")))
	expect(t, "next morning", c.costs(t, 1, "next morning", g("陈二", "下蛋的母鸡起码值100块")),
		"李四: 【调解提醒】#R1 的当事人陈二在群里又说：「下蛋的母鸡起码值100块」", "郑十: 【调解提醒】#R1", passed("陈二"))
	if h := c.reports()[0].History; !strings.Contains(h[len(h)-1].Note, "起码值100块") {
		t.Errorf("R1's last entry %+v, want her words kept (查 shows them)", h[len(h)-1])
	}
}

// TestOfficerPressesSeveralTyped: an officer's 「#R1 #R2 抓紧处理」 in the
// township's chat, quoting nothing, presses each item as 「#R1 抓紧处理」
// does (one commit, 【镇里督办】 per item to its leader, one line to him),
// as 「都抓紧」 quoting the 早报 does; it is no 进展 offered. 「#R1 #R2 谁在管」
// is answered by each item, as 「查 #R1 #R2」.
func TestOfficerPressesSeveralTyped(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	for _, tc := range []struct{ text, note string }{{"#R1 #R2 抓紧处理", "抓紧处理"}, {"R1、R2 抓紧处理一下", "抓紧处理一下"}} {
		text, note := tc.text, tc.note
		got := c.costs(t, 1, text, bot.Message{Chat: officeChat, From: "孙七", Text: text})
		expectLike(t, text, got, like{start: officeChat + ": #R1 #R2 已私信督促网格长李四：" + note + "\n网格长李四回复后会发到本群。"},
			// tidy53: one private message to 李四 listing both
			like{start: "李四: 【镇里督办】2件：\n青山村三组 #R1（村口路灯坏了好几天了）\n青山村三组 #R2（垃圾站满了没人拉）\n孙七：" + note,
				has: "「答复 #R1 情况」、「答复 #R2 情况」"})
		lastAsk(t, c, 0, note)
		lastAsk(t, c, 1, note)
	}
	got := c.office("#R1 #R2 谁在管")
	has(t, "who", got, "#R1 青山村三组", "#R2 青山村三组")
	lacks(t, "who", got, "进展")
}

// TestAlreadyFineAfterResolved: 「已经好了」 (with 已经, or 早就好了) from the
// reporter of the one item waiting after 办结 is his 满意, with the
// take-back line, as 「修好了」 is: one round trip. A bare 「好了」 (also
// "ok/enough") and 「已经好了吗」 are not; nor another's, nor another thing's.
func TestAlreadyFineAfterResolved(t *testing.T) {
	pleased := grid3 + ": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。"
	for _, tc := range []struct {
		who, text string
		pleased   bool
	}{
		{who: "张三", text: "已经好了", pleased: true},
		{who: "张三", text: "灯已经好了", pleased: true},
		{who: "张三", text: "早就好了", pleased: true},
		{who: "张三", text: "好了"},
		{who: "张三", text: "已经好了吗"},
		{who: "张三", text: "门已经好了"},
		{who: "陈二", text: "已经好了"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "村口路灯不亮了")
		c.say("李四", "确认")
		c.say("李四", "办结 #R1 换了灯泡")
		m := bot.Message{Chat: grid3, From: tc.who, Text: tc.text}
		if tc.pleased {
			expect(t, tc.text, c.costs(t, 1, tc.text, m), pleased)
			c.firstStatus(village.StatusClosed)
			continue
		}
		for _, got := range c.send(m) {
			if strings.Contains(got, "满意") && !strings.Contains(got, "请回「满意") {
				t.Errorf("%s %q: %q, want no 满意", tc.who, tc.text, got)
			}
		}
		c.firstStatus(village.StatusResolved)
	}
}
