package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestReopenAtNightWithdrawsTheAsk: a reporter who says 未解决 at night to
// a 办结 said at night has answered its 满意 question: the question held
// for the morning is withdrawn, while the reopened item's own news goes.
func TestReopenAtNightWithdrawsTheAsk(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("张三", "上报 村口路灯坏了")
	c.now = clock(c.now, 1, 1, 0)
	c.say("李四", "确认 #R1")
	has(t, "办结 at night", c.say("李四", "办结 #R1 换了新灯泡"), "早上7点再请张三确认")
	has(t, "未解决 at night", c.say("张三", "未解决 #R1 还是不亮"), "#R1")
	c.now = clock(c.now, 0, 7, 0)
	lacks(t, "the morning", c.flush(), "请确认")
}
