package handlers_test

import (
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
