package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestStatusSaysHisNextStep: 查 #R by the one who sees the item through
// ends with what he does next, as every reply to a command does: the
// leader of a new item takes it on, of one taken on reports progress and
// finishes it; the officer who took over what was sent up likewise, with
// the number as the township's chats write it. Anyone else (a villager,
// the grid's leader once the township holds it) gets no such line.
func TestStatusSaysHisNextStep(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了")
	has(t, "new, the leader", c.say("李四", "查 #R1"), "受理请回复「确认 #R1」。")
	c.say("李四", "确认 #R1")
	has(t, "taken on, the leader", c.say("李四", "查 #R1"), "有进展回复「进展 #R1 情况」，办好回复「办结 #R1 结果」。")
	lacks(t, "the reporter", c.say("张三", "查 #R1"), "办结 #R1", "确认 #R1")

	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R2", "需要挖掘机")
	c.in(officeChat, "孙七", "确认 #R2")
	has(t, "taken over, the officer", c.in(officeChat, "孙七", "查 #R2"), "有进展回复「进展 #R2 情况」，办好回复「办结 #R2 结果」。")
	lacks(t, "sent up, the leader", c.say("李四", "查 #R2"), "办结 #R2")
	got := c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "查 #R1"})
	lacks(t, "the grid's own, the officer", got, "办结 #R1", "受理请回复")
}

// TestQuotedNewsOffersProgress: the officer who quotes the reminder that
// an item he holds is past its deadline with what happened, in words of
// no command, is offered its 进展 and his 「1」 records it (he was told
// to type it again). The offer costs the one round trip the hint did; the
// 「1」 one: the question is kept in the item's village's scope, and its
// taking rides on the 进展's commit (rt46; three before).
func TestQuotedNewsOffersProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 一组桥头的护栏断了一截", "#R1", "要交通站来换")
	c.in(officeChat, "孙七", "确认 #R1")
	reminder := "@孙七 【青山村三组】#R1（一般事项）上报镇后已过期限昨天23:59，还没有办结。"
	got := c.costs(t, 1, "the offer", bot.Message{Chat: officeChat, From: "孙七", Text: "交通站说周四来换护栏",
		Quote: &bot.Quote{Name: "网格小助手", Text: reminder}})
	has(t, "the offer", got, "要把「交通站说周四来换护栏」记到 #R1 上吗？回复「1」就照「进展 #R1 交通站说周四来换护栏」记下")
	has(t, "his 1", c.costs(t, 1, "his 1", bot.Message{Chat: officeChat, From: "孙七", Text: "1"}), "#R1 进展已记录：交通站说周四来换护栏")
	if r := c.reports()[0]; r.History[len(r.History)-1].Note != "交通站说周四来换护栏" {
		t.Errorf("last step %+v, want his news", r.History[len(r.History)-1])
	}
}
