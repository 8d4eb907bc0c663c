package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// A detail added to an item nobody has taken on yet tells its leader how
// to take it on; once taken on, to see whether the plan changes.
func TestAddedDetailTellsHowToTakeOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "confirm", c.say("张三", "后山小路上有棵树倒了 挡住路了"), "我理解为")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1")
	got := c.say("张三", "树挺粗的 要拿电锯来")
	has(t, "new", got, "李四: 【村民补充】#R1", "还没受理：受理请回复「确认 #R1」")
	lacks(t, "new", got, "调整安排")
	has(t, "accepted", c.say("李四", "确认 #R1"), "已受理")
	got = c.say("张三", "就在第二个弯那里")
	has(t, "accepted", got, "【村民补充】#R1", "请看看要不要调整安排")
	lacks(t, "accepted", got, "还没受理")
}
