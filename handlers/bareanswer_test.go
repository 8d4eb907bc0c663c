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
	has(t, "further question", c.say("陈二", "那要带户口本原件吗"), "请负责人在群里答复他")
	c.now = c.now.Add(5 * time.Hour)
	got := c.say("李四", "答复 要带原件，复印件也带一份")
	has(t, "bare, one waiting", got, "#R1 现在「已告知流程」")
	lacks(t, "bare, one waiting", got, "编号")
	has(t, "查", c.say("陈二", "查 #R1"), "已告知流程", "要带原件")

	c = newChat(t, understand.Rules{})
	c.say("陈二", "@网格小助手 丧葬补助给多少钱")
	c.now = c.now.Add(5 * time.Hour)
	got = c.say("王五", "答复 参保老人去世的丧葬补助以县社保窗口答复为准")
	has(t, "bare, the only one", got, "#R1 现在「已告知流程」")

	c = newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	c.say("张三", "残疾证怎么办")
	c.say("陈二", "那要带户口本原件吗")
	c.say("张三", "残疾证要本人去吗")
	c.now = c.now.Add(5 * time.Hour)
	got = c.say("李四", "答复 要带原件")
	has(t, "bare, two waiting", got, "#R1", "#R2")
	lacks(t, "bare, two waiting", got, "已告知流程」")
}
