package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestAlsoThenJiushi: the 就是 said after a joiner ("还有就是想问问…")
// belongs to the joiner: the question's item holds the question's words
// from 想问问 on, and the lamp, filed on 「1」, its own.
func TestAlsoThenJiushi(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "村口路灯坏了 还有就是想问问高龄补贴咋领")
	has(t, "the question filed", got, "已登记 #R1（办事咨询）：想问问高龄补贴咋领")
	has(t, "the lamp offered", got, "您还说了「村口路灯坏了」")
	c.say("张三", "1")
	reps := c.reports()
	if len(reps) != 2 || reps[0].Text != "想问问高龄补贴咋领" || reps[1].Text != "村口路灯坏了" {
		t.Fatalf("items %+v, want 「想问问高龄补贴咋领」 and 「村口路灯坏了」", reps)
	}
}
