package handlers_test

import (
	"testing"

	"gridbot/village"
)

// TestProcedureFollowUpOfOtherMatter: right after his 高龄补贴 question, a
// villager's "俺家厕所改造的钱啥时候给" (read as a procedure question the
// knowledge base lacks) names a matter of its own: it is filed as its own
// item, in the group and privately, not sent as "又问" of the 高龄补贴 one.
// A question in the item's own matter words still is a further question.
func TestProcedureFollowUpOfOtherMatter(t *testing.T) {
	q, same := "俺家厕所改造的钱啥时候给", "高龄补贴的钱一般几号到账"
	approval := village.Reading{Intent: village.IntentReport, Type: village.Approval, Category: "政策咨询", Confidence: 0.9}
	c := newChat(t, scripted{q: approval, same: approval})
	has(t, "asked", c.say("张三", "高龄补贴咋领"), "已登记 #R1（办事咨询）")
	got := c.say("张三", q)
	has(t, "other matter", got, "已登记 #R2（办事咨询）：俺家厕所改造的钱啥时候给")
	lacks(t, "other matter", got, "又问")
	has(t, "privately asked", c.private("陈二", "高龄补贴咋领"), "已登记 #R3（办事咨询）")
	got = c.private("陈二", q)
	has(t, "other matter, privately", got, "已登记 #R4（办事咨询）：俺家厕所改造的钱啥时候给")
	lacks(t, "other matter, privately", got, "又问")
	has(t, "same matter", c.say("张三", same), "张三就 #R1（高龄补贴咋领）")
}
