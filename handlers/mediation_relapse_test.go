package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// ditchClosed is a chat where the ditch quarrel (陈二 against 张三) was
// mediated, resolved and confirmed 满意 by 陈二, three days before.
func ditchClosed(t *testing.T) *chat {
	t.Helper()
	c := ditchSettled(t)
	c.say("陈二", "满意 #R1")
	c.now = c.now.Add(72 * time.Hour)
	c.wantStatuses(nil, village.StatusClosed)
	return c
}

// TestRelapseLinked: the dispute of a closed mediation item breaking out
// again is filed as a new item, linked to the earlier one, whichever party
// tells it: the reply says so in the group, 查 and the township's
// 【网格上报】 show it; a party's quarrel with another household over
// another thing is no relapse.
func TestRelapseLinked(t *testing.T) {
	c := ditchClosed(t)
	got := c.say("陈二", "张三家那堵墙又把沟堵了 又吵起来了")
	has(t, "filed, told as the old one come back", got,
		grid3+": 已登记 #R2（调解事项）：张三家那堵墙又把沟堵了 又吵起来了\n这是 #R1 那次的纠纷又起")
	if r := c.reports()[1]; r.Recurs != "R1" {
		t.Errorf("R2 recurs %q, want R1", r.Recurs)
	}
	has(t, "查 shows it", c.private("李四", "查 #R2"), "前情：同一纠纷 #R1 调解完结过，这次又起")
	has(t, "the township sees it", c.say("李四", "上报镇 #R2 调解多次不成"), "前情：同一纠纷 #R1 调解完结过，这次又起")

	// the other side, days later, in his own words, naming only the reporter
	c.now = c.now.Add(72 * time.Hour)
	c.say("李四", "办结 #R2 墙拆了")
	c.say("陈二", "满意 #R2")
	c.now = c.now.Add(48 * time.Hour)
	trips, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "上报 调解 陈二又来我家门口骂人"})
	has(t, "the other party's relapse", got, "这是 #R2 那次的纠纷又起")
	if trips != 1 {
		t.Errorf("the relapse took %d round trips, want 1 (the grid's reports followed)", trips)
	}

	lacks(t, "another quarrel of his", c.say("陈二", "上报 调解 王五家的鸡天天进我家菜地"), "纠纷又起")
	if r := c.reports()[3]; r.Recurs != "" {
		t.Errorf("R4 recurs %q, want none", r.Recurs)
	}
}

// TestRelapseNotOfStranger: a villager who was no party to the closed
// quarrel telling of one over the same thing files his own, unlinked.
func TestRelapseNotOfStranger(t *testing.T) {
	c := ditchClosed(t)
	lacks(t, "a stranger's quarrel", c.say("周八", "上报 调解 刘婶家的排水沟堵了 水往我家灌 又吵起来了"), "纠纷又起")
}
