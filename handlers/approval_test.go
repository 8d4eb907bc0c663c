package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestProcedureQuestionAnsweredAtOnce: a villager's plain question about
// a procedure the knowledge base holds (残疾证去哪办) is registered with
// the procedure in the reply, as 宅基地建房要办什么手续 is; not asked
// 「回复1登记」 first.
func TestProcedureQuestionAnsweredAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "残疾证", c.say("张三", "残疾证去哪办"), grid3+": 已登记 #R1（办事咨询）：残疾证去哪办\n【残疾证】怎么办：")
}

// TestProcedureFollowUp: the same villager's next procedure question the
// knowledge base cannot answer (那要带户口本原件吗), soon after his own,
// goes to the handlers of his open item, which it names; nothing new is
// registered. Another villager's question is his own.
func TestProcedureFollowUp(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	expect(t, "follow-up", c.say("陈二", "那要带户口本原件吗"),
		grid3+": @李四\u2005陈二就 #R1（低保怎么申请）又问：那要带户口本原件吗\n请负责人在群里答复他。陈二，请稍等回复，也可发「查 #R1」看进度。")
	got := c.say("张三", "那要带户口本原件吗")
	if len(got) == 1 && strings.Contains(got[0], "#R1") {
		t.Errorf("another villager's question was taken for 陈二's: %q", got)
	}
}
