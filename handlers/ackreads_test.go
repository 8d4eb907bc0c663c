package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCadreAckReadsGridOnce: a grid leader's "收到 我下午过去" in his
// group to a notice, with no report to take on, is not answered: it
// reads the grid's open reports once (for a fresh report to take on, then
// again, then for an emergency waiting for 确认), and commits his
// household's 收到 (the commit chooses the notices it answers; a cadre's
// household is not counted, village.Informed, so 查 shows 张三's only): two round
// trips, however often the flows look at the grid.
func TestCadreAckReadsGridOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午停水，请提前储水")
	c.say("张三", "收到") // the first 收到 of the township (indexes built)
	n, got := c.counted(bot.Message{Chat: grid3, From: "李四", Text: "收到 我下午过去"})
	if len(got) != 0 {
		t.Errorf("收到 我下午过去: replies %q, want none", got)
	}
	expect(t, "his household answered", c.in(officeChat, "孙七", "查 #N1"), "三组：已收到 1/9 户")
	if n != 2 {
		t.Errorf("收到 我下午过去: %d round trips, want 2 (the grid's open reports, the commit)", n)
	}
}

// TestVillagerAckOneRoundTrip: a villager's 收到 of a notice costs one
// round trip, the commit that chooses the notices it answers and counts
// his household's answer: bare in his group, quoting the notice, in a
// 接龙 naming others (each counted), with an aside, or said to the bot in
// private (where the reply names what it answered, and
// nothing is said when there was nothing to answer).
func TestVillagerAckOneRoundTrip(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "private, no notice yet", c.private("陈二", "收到"))
	c.in(officeChat, "孙七", "通知 三组 明天上午停水，请提前储水")
	c.say("张三", "收到") // the first 收到 of the township (indexes built)
	quote := &bot.Quote{Name: "网格小助手", Text: "【通知】明天上午停水，请提前储水\n——孙七\n请每户看到后回复「收到」。（#N1）"}
	for _, m := range []bot.Message{
		{Chat: grid3, From: "刘芳", Text: "收到"}, // 张三's household again: counted, still one household
		{Chat: grid3, From: "胡秀芝", Text: "好的", Quote: quote},
		{Private: true, From: "苏梅", Text: "收到"},
		{Chat: grid3, From: "周八", Text: "#接龙\n1. 张三 收到\n2. 陈二 收到\n3. 周八 收到"}, // three households, one commit
		{Chat: grid3, From: "雷志明", Text: "知道了 明天去"},
	} {
		n, got := c.counted(m)
		if n != 1 {
			t.Errorf("%s: %s: %d round trips, want 1", m.From, m.Text, n)
		}
		if m.Private {
			expect(t, "private 收到", got, "苏梅: 已记下：您家收到了通知 #N1，谢谢！")
		} else {
			expect(t, m.From+" in the group", got)
		}
	}
	expect(t, "their households answered", c.in(officeChat, "孙七", "查 #N1"), "三组：已收到 4/9 户") // 苏梅 is of 王五's household: a cadre's, not counted
}

// TestCallReminderAnswerReadsOnce: a worker's or leader's private "知道了
// 明天去" to his call reminder looks at his grid's open reports twice
// (a fresh report to take on, one he handles): read once, and the reply.
func TestCallReminderAnswerReadsOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访") // the store's connection made
	for _, from := range []string{"王五", "李四"} {
		if n, got := c.counted(bot.Message{Private: true, From: from, Text: "知道了 明天去"}); n > 2 {
			t.Errorf("%s: 知道了 明天去: %d round trips, want 2 (his grid's open reports once, the reply): %q", from, n, got)
		}
	}
}
