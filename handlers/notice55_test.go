package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNoticeQuestionWithoutAck: a villager's question in his grid's group
// about the notice open there, without 收到 ("体检要空腹吗", "几点开始啊"),
// goes to the grid's worker as the question after a 收到 does, and he is
// told so; his household is not counted as having read it. Talk of other
// things, even questions naming the notice's day ("周六去赶集吗") or
// another event ("明天几点开会"), is left alone, and with no notice open
// the same question is too (notice55).
func TestNoticeQuestionWithoutAck(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "before any notice", c.say("郑十", "体检要空腹吗"), "通知提问", "转给网格员")
	c.say("孙七", "通知 本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加")
	got := c.costs(t, 2, "the question (the group's notices read, then one commit)", bot.Message{Chat: grid3, From: "郑十", Text: "体检要空腹吗"})
	expect(t, "a question about the notice", got,
		grid3+": @郑十\u2005您问的「体检要空腹吗」是通知 #N1 的事，已转给网格员王五，会在群里回复您。",
		"王五: 【通知提问】郑十在青山村三组网格群问通知 #N1 的事：体检要空腹吗\n请在群里回复郑十；")
	has(t, "not counted as 收到", c.office("查 #N1"), "青山村三组：已收到 0/")
	has(t, "a question of its time, naming nothing else", c.say("张三", "几点开始啊"), "王五: 【通知提问】张三在青山村三组网格群问通知 #N1 的事：几点开始啊")
	has(t, "who may go", c.say("陈二", "我妈能去吗"), "王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事：我妈能去吗")
	for _, talk := range []string{"周六去赶集吗", "谁家的狗跑出来了？", "吃饭了吗", "明天几点开会", "今天天气怎么样", "体检好啊 大家都去"} {
		lacks(t, talk, c.say("赵六", talk), "通知提问", "转给网格员")
	}
	has(t, "still none counted", c.office("查 #N1"), "青山村三组：已收到 0/")
}
