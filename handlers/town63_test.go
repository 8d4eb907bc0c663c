package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestUnconfirmedAlarmNamesNoneInCharge: an emergency nobody confirmed
// yet, asked about (查 #R1 in the office and the grid, 「现在什么情况」 in
// the duty chat, a villager's 「…现在什么情况」 in the group), says that
// nobody has confirmed taking it on and whom it was alerted to, not
// 「李四负责」; once 李四 confirms, he is named in charge.
func TestUnconfirmedAlarmNamesNoneInCharge(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("王五", "村东头着火了，火很大")
	const nobody = "还没有人确认接手（已通知李四、镇应急值班）"
	for _, step := range []struct{ chat, from, text string }{
		{officeChat, "孙七", "查 #R1"},
		{grid3, "张三", "查 #R1"},
		{dutyChat, "孙七", "现在什么情况"},
		{grid3, "陈二", "着火那个现在什么情况"},
	} {
		got := c.in(step.chat, step.from, step.text)
		has(t, step.text, got, nobody)
		lacks(t, step.text, got, "负责人：李四", "由李四负责", "李四负责")
	}
	c.say("李四", "确认 #R1")
	got := c.in(officeChat, "孙七", "查 #R1")
	has(t, "confirmed", got, "负责人：李四")
	lacks(t, "confirmed", got, "还没有人确认接手")
}

// TestOfficeAsksProcedure: 「@网格小助手 低保怎么申请」 from an officer in
// the office chat gets the knowledge base's 低保 procedure, as a grid
// does, not the usage help, and files nothing: the next report in a
// grid is #R1. Unaddressed, it is the office's own talk.
func TestOfficeAsksProcedure(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "@网格小助手 低保怎么申请")
	has(t, "asked", got, officeChat+": 【低保】怎么办：", "去哪办：", "村民要办的，可以在网格群里问我或找网格长")
	lacks(t, "asked", got, "可以这样用", "已登记")
	expect(t, "unaddressed", c.in(officeChat, "孙七", "低保怎么申请"))
	has(t, "nothing filed", c.say("张三", "上报 村口路灯坏了"), "#R1")
}
