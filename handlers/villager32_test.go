package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestProcedureFollowUpOfOtherMatterAnyWord (villager32): a question right
// after a procedure answer that names a matter of its own, whatever word
// ends it (助学金, 学费, 公益岗), is filed as its own item; a question of the
// same procedure's materials ("要带户口本吗") is still asked again on it.
func TestProcedureFollowUpOfOtherMatterAnyWord(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("张三", "高龄补贴啥时候发"), "已登记 #R1（办事咨询）")
	got := c.say("张三", "孩子的助学金在哪申请")
	has(t, "other matter", got, "已登记 #R2（办事咨询）：孩子的助学金在哪申请")
	lacks(t, "other matter", got, "又问")
	got = c.say("张三", "村里的公益岗位咋报名")
	has(t, "another matter", got, "已登记 #R3（办事咨询）：村里的公益岗位咋报名")
	lacks(t, "another matter", got, "又问")
	// of the first item, whose materials line answers it (appr98)
	got = c.say("张三", "高龄补贴要带户口本吗")
	has(t, "materials of the first", got, "张三，【高龄补贴】办理流程里写的：\n带齐材料：老人身份证、户口簿")
	lacks(t, "materials of the first", got, "已登记")
}

// TestCallBeforeReport (villager32): "李哥在不" is a greeting, never
// answered unaddressed nor kept as the text of the report told after it.
func TestCallBeforeReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	if got := c.say("陈二", "李哥在不"); len(got) != 0 {
		t.Errorf("a call got replies %q, want none", got)
	}
	c.say("陈二", "李哥在不 后山那个水管漏水了")
	c.say("陈二", "1")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Text != "后山那个水管漏水了" {
		t.Fatalf("reports %+v, want one with the call cut from its text", reps)
	}
}

// TestPartOfTheWorkHint (villager32): a report that tells the sender moved
// the fallen tree aside (part of the job) is filed with the hint how to
// claim that work.
func TestPartOfTheWorkHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "村口大树倒了挡着路 我把倒的树拖到边上了")
	got = append(got, c.say("张三", "1")...)
	has(t, "filed with the hint", got, "已登记 #R1", "您自己动手做的可以申请积分")
}
