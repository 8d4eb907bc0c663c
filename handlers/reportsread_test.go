package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// TestListsFollowOtherProcesses: a grid's 待办 and 情况, asked in its group
// and by an officer in the township's chat, are one round trip once the
// process has read the grid's reports (the reply's commit checks them);
// a report taken up through another process since is shown as it left
// it: the reply decided on the stale copy is refused, and made again on
// the reports read from Redis.
func TestListsFollowOtherProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "上报 村口的路灯坏了好几天了")
	asks := []bot.Message{{Chat: grid3, From: "李四", Text: "待办"}, {Chat: grid3, From: "李四", Text: "今天怎么样"},
		{Chat: officeChat, From: "孙七", Text: "待办 三组"}, {Chat: officeChat, From: "孙七", Text: "@网格小助手 三组有几件没办完"}}
	for _, m := range asks {
		a.send(m)
		has(t, m.Text, a.costs(t, 1, m.Text+" asked again", m), "#R1 待受理")
	}
	b.say("李四", "确认 #R1")
	for _, m := range asks {
		has(t, m.Text+" after b's 确认", a.send(m), "#R1 已受理")
	}
}
