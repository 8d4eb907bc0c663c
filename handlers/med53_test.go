package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestPartyWordsPrivately: a party's words about his open mediation item
// sent privately to the bot ("50块不够 那是下蛋的母鸡" after the 进展 that
// proposed 50 yuan) go to its handlers as his words in the group do
// (【调解提醒】, kept on the item), and he hears they were passed on: one
// round trip, and no 一般事项 offered. Said again before the handlers'
// next step, they are kept on the item and he hears so, the handlers not
// told twice. A new trouble and a greeting are handled as before.
func TestPartyWordsPrivately(t *testing.T) {
	c := fiftyProposed(t)

	got := c.costs(t, 1, "objection", privately("陈二", "50块不够 那是下蛋的母鸡"))
	expect(t, "her objection", got,
		"李四: 【调解提醒】#R1 的当事人陈二私信跟我说：「50块不够 那是下蛋的母鸡」\n请尽快联系双方当面调解，有进展回复「进展 #R1 情况」。",
		"郑十: 【调解提醒】#R1 的当事人陈二私信跟我说",
		"陈二: 陈二，您刚才说的（#R1）已转告李四、郑十，他们会再找您当面谈；有话也可以直接跟他们说。")
	lacks(t, "her objection", got, "一般事项", "登记")
	if h := c.reports()[0].History; !strings.Contains(h[len(h)-1].Note, "50块不够") {
		t.Errorf("R1's last entry %+v, want her words kept (查 shows them)", h[len(h)-1])
	}
	c.wantReports(1, "her objection is no new matter")

	got = c.costs(t, 1, "again", privately("陈二", "那只鸡一天下一个蛋"))
	expect(t, "her words again", got, "陈二: 陈二，您刚才说的（#R1）已记在事项上，李四、郑十会一并看到")
	lacks(t, "her words again", got, "调解提醒")
	if h := c.reports()[0].History; !strings.Contains(h[len(h)-1].Note, "一天下一个蛋") {
		t.Errorf("R1's last entry %+v, want her words kept", h[len(h)-1])
	}

	expect(t, "the other party on the amount", c.costs(t, 1, "amount", privately("张三", "50块也太多了吧")),
		"李四: 【调解提醒】#R1 的当事人张三私信跟我说：「50块也太多了吧」", "郑十: 【调解提醒】#R1",
		"张三: 张三，您刚才说的（#R1）已转告李四、郑十")

	got = c.private("陈二", "村口路灯不亮了")
	has(t, "a new trouble", got, "路灯")
	lacks(t, "a new trouble", got, "调解提醒", "已转告")
	got = c.private("陈二", "你好")
	lacks(t, "greeting", got, "调解提醒", "已转告", "已记在")
	for _, got := range c.private("王五", "50块不够吧 那是下蛋的母鸡") {
		if strings.Contains(got, "调解提醒") {
			t.Errorf("a bystander: %q, want no notice", got)
		}
	}
}

// fiftyProposed is a chat in which 陈二's quarrel with 张三 (#R1) is
// mediated and its 进展 proposed 50 yuan for the hen.
func fiftyProposed(t *testing.T) *chat {
	c := newChat(t, understand.Rules{})
	for _, m := range [][2]string{{"陈二", "我家隔壁张三家的狗天天晚上叫 还咬了我家鸡"}, {"李四", "确认 #R1"},
		{"李四", "进展 #R1 两家都谈了 张三同意把狗拴起来 鸡的事赔50块"}} {
		c.say(m[0], m[1])
	}
	return c
}

// privately is a message sent privately to the bot.
func privately(who, text string) bot.Message {
	return bot.Message{Private: true, From: who, Text: text}
}

// TestPartyWordsPrivatelyAtNight: words passed on in quiet hours reach
// the handlers in the morning, and the party hears when.
func TestPartyWordsPrivatelyAtNight(t *testing.T) {
	c := fiftyProposed(t)
	c.now = c.now.Add(14 * time.Hour) // 23:00
	got := c.private("陈二", "50块不够 那是下蛋的母鸡")
	expect(t, "at night", got, "陈二: 陈二，您刚才说的（#R1）已转告李四、郑十（现在是夜里，明天早上7点再发过去），他们会再找您当面谈")
	lacks(t, "at night", got, "调解提醒")
}
