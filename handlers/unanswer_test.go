package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBareUnanswerOfTheOneAnswer: a leader's bare "不是答复" right after
// the bot took his words for the one answer in play asked him for its
// number, listing that very item. With one item to take back, it is taken
// back; with two, he is asked which.
func TestBareUnanswerOfTheOneAnswer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	c.say("陈二", "那要带户口本原件吗")
	has(t, "read as the answer", c.say("李四", "要下雨了 大家把衣服收一下"), "请回「不是答复 #R1」")
	got := c.say("李四", "不是答复")
	has(t, "bare, one answer", got, "#R1 已撤回李四的答复「要下雨了 大家把衣服收一下」")
	lacks(t, "bare, one answer", got, "请写上编号")
	if got := c.reports()[0]; got.Status != village.StatusNew || got.ProcedureAnswered() {
		t.Errorf("after a bare 不是答复: %s answered %v, want new and waiting", got.Status, got.ProcedureAnswered())
	}

	c = newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	c.say("张三", "上报 残疾证怎么办")
	c.say("李四", "答复 #R1 要带原件")
	c.say("李四", "答复 #R2 要本人去")
	got = c.say("李四", "不是答复")
	has(t, "bare, two answers", got, "请写上编号", "#R1", "#R2")
	lacks(t, "bare, two answers", got, "已撤回")
}

// TestAnswerWrongNumber: a leader's 答复 of a number that does not exist
// (#R5 for #R4) was told to look it up with 待办; he is shown what waits
// for his answer instead, and a villager's wrong number is told as before.
func TestAnswerWrongNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "@网格小助手 丧葬补助给多少钱")
	got := c.say("李四", "答复 #R5 参保老人去世丧葬补助一次1000元")
	has(t, "leader's wrong number", got, "没有找到 #R5，请核对编号。可能是这一件：\n#R1 待受理 丧葬补助给多少钱\n请回「答复 #R1 …」这样写上对的编号。")
	has(t, "villager's wrong number", c.say("陈二", "查 #R7"), "没有找到 #R7，请核对编号；发「查」可看您反映的事项")
}

// TestPlainAnswerOfTwoWaiting: a leader's plain answer ("要去县残联指定的
// 医院，行动不便可以申请上门评定") right after a further question about 残疾
// 证 was taken for no answer at all while another question (an amount the
// guide lacks) also waited, and he was asked which new item he took on.
// It answers the question its words fit; words that fit neither as well
// as the other answer none.
func TestPlainAnswerOfTwoWaiting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "@网格小助手 丧葬补助给多少钱")
	c.say("张三", "俺娘腿脚不好 残疾证咋办")
	has(t, "further question", c.say("张三", "要去县医院鉴定吗 还是镇上就行"), "请负责人在群里答复张三")
	got := c.say("李四", "要去县残联指定的医院，行动不便可以申请上门评定")
	has(t, "the answer", got, "已记下李四的答复，#R2 现在「已答复」")
	lacks(t, "the answer", got, "确认 #")
	reps := c.reports()
	if !reps[1].ProcedureAnswered() || reps[0].ProcedureAnswered() {
		t.Errorf("answered: #R1 %v #R2 %v, want only #R2", reps[0].ProcedureAnswered(), reps[1].ProcedureAnswered())
	}
}
