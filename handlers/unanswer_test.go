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
