package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestTodoWitnessOnce: a claim whose witness vouched for it shows him once
// in the scorer's 待审, marked as confirmed, not as two witnesses.
func TestTodoWitnessOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	has(t, "vouched", c.say("陈二", "C1属实，我看见了"), "谢谢陈二")
	got := c.private("赵六", "待审")
	has(t, "todo", got, "#C1", "证明人 陈二（已确认）")
	lacks(t, "todo", got, "证明人陈二已确认")
}
