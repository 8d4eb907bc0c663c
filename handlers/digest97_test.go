package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestTodoMarksFixedItems (digest97): an item its reporter said is fixed
// (「亮了 谢谢」, kept as 报告人确认已好) is listed in the grid's 待办 and 情况
// as waiting only for 办结, with one line asking the 办结 of it; the
// 办结 it asks closes it, and the list no longer has it.
func TestTodoMarksFixedItems(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "filed", c.in(g1, "谢明", "后山垃圾堆了好几天没人清"), "已登记 #R2")
	has(t, "taken on", c.in(g1, "刘建国", "确认 #R1 #R2"), "#R1")
	has(t, "reporter says fixed", c.in(g1, "谢明", "亮了 谢谢"), "回复「办结 #R1」就结案")
	got := c.in(g1, "刘建国", "待办")
	has(t, "待办 marks it", got, "#R1 报告人说已好，待办结 村口路灯坏了")
	has(t, "待办 asks its 办结", got, "#R1 确实办好了的话，请回复「办结 #R1」结案。")
	has(t, "待办 keeps the other", got, "#R2 已受理 后山垃圾")
	has(t, "情况 marks it", c.in(g1, "刘建国", "情况"), "#R1 报告人说已好，待办结 村口路灯坏了")
	has(t, "closed", c.in(g1, "刘建国", "办结 #R1"), "已按满意结案")
	got = c.in(g1, "刘建国", "待办")
	if strings.Contains(strings.Join(got, "\n"), "报告人说已好") {
		t.Errorf("待办 after 办结:\n%s\nstill marks an item fixed", got)
	}
}
