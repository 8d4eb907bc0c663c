package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCadreAckReadsGridOnce: a grid leader's "收到 我下午过去" in his
// group to a notice, with no report to take on, is not answered: it
// reads the notices it can answer and the grid's open reports once (for
// a fresh report to take on, then again, then for an emergency waiting
// for 确认), and commits his household's 收到: three round trips, however
// often the flows look at the grid.
func TestCadreAckReadsGridOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午停水，请提前储水")
	c.say("张三", "收到") // the first 收到 of the township (indexes built)
	n, got := c.counted(bot.Message{Chat: grid3, From: "李四", Text: "收到 我下午过去"})
	if len(got) != 0 {
		t.Errorf("收到 我下午过去: replies %q, want none", got)
	}
	expect(t, "his household answered", c.in(officeChat, "孙七", "查 #N1"), "三组：已收到 2/11 户")
	if n != 3 {
		t.Errorf("收到 我下午过去: %d round trips, want 3 (the notices, the grid's open reports, the commit)", n)
	}
}
