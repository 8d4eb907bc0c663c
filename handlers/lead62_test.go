package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestHandOverSkipsAnsweredQuestion: a villager's question the leader
// answered (答复, now 已告知流程) is no work to hand over, so the leader's
// 「让何志强去看看吧」 beside it and one accepted report hands that report
// over instead of asking which of the two.
func TestHandOverSkipsAnsweredQuestion(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "question filed", c.send(in("谢明", "@网格小助手\u2005村里什么时候发过年的米")), "（#R1）")
	has(t, "answered", c.private("刘建国", "答复 #R1 腊月二十在村委会发"), "已记下答复")
	has(t, "report", c.send(in("谢明", "村口路灯不亮了 晚上黑乎乎的")), "#R2")
	c.send(in("刘建国", "确认 #R2"))
	got := c.send(in("刘建国", "我下午开会去不了 让何志强去看看吧"))
	has(t, "the report handed over", got, "#R2 已指派给何志强")
	lacks(t, "not asked which", got, "哪件")
}
