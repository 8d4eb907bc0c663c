package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestAddressedProcedureQuestion: a question to the bot that names a
// procedure of the knowledge base is an approval matter with its steps,
// even when the reader does not take it for one (this reader knows no
// procedures: app.NewReader's does, see understand.Rules.WithProcedures);
// an unknown matter asked of the bot gets help, and one not asked of it
// what the reader makes of it (here: nothing).
func TestAddressedProcedureQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "old-age card", c.say("陈二", "@网格小助手 老年证怎么办"),
		"已登记 #R1（办事咨询）：老年证怎么办\n【老年人优待证】怎么办：\n1. 满60周岁的老人")
	expect(t, "a shop licence", c.say("陈二", "@网格小助手 想开个小卖部要办什么证"), "【个体营业执照】怎么办：")
	expect(t, "social-security card, not pension", c.say("陈二", "@网格小助手 社保卡坏了怎么补"), "【社保卡补办】怎么办：")
	expect(t, "nothing known", c.say("陈二", "@网格小助手 今天天气怎么样"), "我是网格小助手，可以这样用")
	if got := c.say("陈二", "老年证怎么办"); len(got) != 0 {
		t.Errorf("not addressed: replies %q, want silence", got)
	}
	reps := c.reports()
	if len(reps) != 3 {
		t.Fatalf("%d reports, want 3", len(reps))
	}
	for _, r := range reps {
		if r.Type != village.Approval || r.Category != "政策咨询" {
			t.Errorf("%s is %s/%s, want approval/政策咨询", r.ID, r.Type, r.Category)
		}
	}
}
