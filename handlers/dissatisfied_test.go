package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBareDissatisfaction: the reporter's bare 「不行」 or 「还是不满意」 to
// the 办结 of his one item is an answer to it, not chat: 「不行」 gets the
// two answers, asked for his reason (nothing changed), 「还是不满意」 says
// plainly it is not fixed and reopens it. Anyone else's 「不行」 is chat.
func TestBareDissatisfaction(t *testing.T) {
	resolved := func() *chat {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "上报 村口路灯不亮了")
		c.say("李四", "确认 #R1")
		c.say("李四", "办结 #R1 换了灯泡")
		return c
	}
	c := resolved()
	if got := c.say("张三", "不行"); len(got) != 0 {
		t.Errorf("another villager's 不行 answered: %q", got)
	}
	got := c.say("陈二", "不行")
	has(t, "不行", got, "没解决请回「未解决 #R1 原因」")
	c.wantStatuses(nil, village.StatusResolved)
	has(t, "还是不满意", c.say("陈二", "还是不满意"), "#R1 已重新打开")
	c.wantStatuses(nil, village.StatusReopened)

	c = resolved()
	lacks(t, "a question", c.say("陈二", "不行吗？"), "#R1")
	c.wantStatuses(nil, village.StatusResolved)
}
