package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestBareAnswerOfTheOneWaiting: a leader's 「答复 要带原件」 with no
// number, long after the villager asked further, asked him for the number
// though only one question waited for his answer (the other procedure
// question of the group was answered already by the guide). That one is
// answered; with two waiting he is still asked which.
func TestBareAnswerOfTheOneWaiting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	c.say("张三", "残疾证怎么办")
	has(t, "further question", c.say("陈二", "那要带户口本原件吗"), "请负责人在群里答复陈二")
	c.now = c.now.Add(5 * time.Hour)
	got := c.say("李四", "答复 要带原件，复印件也带一份")
	has(t, "bare, one waiting", got, "#R1 现在「已答复」")
	lacks(t, "bare, one waiting", got, "编号")
	has(t, "查", c.say("陈二", "查 #R1"), "已答复", "要带原件")

	c = newChat(t, understand.Rules{})
	c.say("陈二", "@网格小助手 丧葬补助给多少钱")
	c.now = c.now.Add(5 * time.Hour)
	got = c.say("王五", "答复 参保老人去世的丧葬补助以县社保窗口答复为准")
	has(t, "bare, the only one", got, "#R1 现在「已答复」")

	c = newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	c.say("张三", "残疾证怎么办")
	c.say("陈二", "那要带户口本原件吗")
	c.say("张三", "残疾证要带原件吗") // 要本人去吗 the guide answers alone (appr98)
	c.now = c.now.Add(5 * time.Hour)
	got = c.say("李四", "答复 要带原件")
	has(t, "bare, two waiting", got, "#R1", "#R2")
	lacks(t, "bare, two waiting", got, "已告知流程」")
}

// TestProcedureFeeFollowUp: "要花钱不" after the 宅基地建房 guide got
// silence: no word of it asked a price the way the guide's amount words
// do. It is a further question of his item, and the guide's line on fees
// (提示：审批免费…) is told again beside the handler's @, as the lines on
// materials and time limits are; a question of what he receives (低保 "一个
// 月能给多少钱") is not answered with what the procedure costs.
func TestProcedureFeeFollowUp(t *testing.T) {
	for _, text := range []string{"要花钱不", "要交钱吗", "收费不", "免费吗"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "俺想在老宅基地上盖新房 要批不")
		got := c.say("陈二", text)
		has(t, text, got, "陈二就 #R1（俺想在老宅基地上盖新房 要批不）又问："+text, "提示：审批免费。")
		c.wantReports(1, text)
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "俺家想吃低保 咋弄")
	got := c.say("张三", "一个月能给多少钱")
	has(t, "what he receives", got, "张三就 #R1（俺家想吃低保 咋弄）又问：一个月能给多少钱")
	lacks(t, "what he receives", got, "全程免费")
}

// TestProcedureWhereFollowUp: "在哪交" after the 医保 guide got silence:
// 在哪 was no question word of a further question. It is one, and the
// guide's 去哪办 line is told again.
func TestProcedureWhereFollowUp(t *testing.T) {
	for _, text := range []string{"在哪交", "在哪办"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "医保今年交了没 多少钱一个人")
		has(t, text, c.say("陈二", text), "陈二就 #R1（医保今年交了没 多少钱一个人）又问："+text, "去哪办：镇便民服务中心（医保窗口）")
		c.wantReports(1, text)
	}
}
