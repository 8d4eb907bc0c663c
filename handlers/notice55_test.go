package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNoticeQuestionWithoutAck: a villager's question in his grid's group
// about the notice open there, without 收到 ("体检要空腹吗", "几点开始啊"),
// goes to the grid's worker as the question after a 收到 does, and he is
// told so; asking, his household is counted as having seen it (elder64). Talk of other
// things, even questions naming the notice's day ("周六去赶集吗") or
// another event ("明天几点开会"), is left alone, and with no notice open
// the same question is too (notice55).
func TestNoticeQuestionWithoutAck(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "before any notice", c.say("郑十", "体检要空腹吗"), "通知提问", "转给网格员")
	c.say("孙七", "通知 本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加")
	c.say("张三", "收到") // the notices' live indexes built by the first 收到, once (elder64)
	got := c.costs(t, 1, "the question (the group's notices as this process copied them and posted N1 since: rt67; one commit)", bot.Message{Chat: grid3, From: "郑十", Text: "体检要空腹吗"})
	expect(t, "a question about the notice", got,
		grid3+": @郑十\u2005您问的「体检要空腹吗」是通知 #N1 的事，已转给网格员王五，会在群里回复您。",
		"王五: 【通知提问】郑十在青山村三组网格群问通知 #N1 的事：体检要空腹吗\n请在群里回复郑十；")
	has(t, "counted as seen (elder64)", c.office("查 #N1"), "青山村三组：已收到 2/")
	// nq59: what the notice's text tells is answered from it, no one bothered
	expect(t, "a question of its time, naming nothing else", c.say("张三", "几点开始啊"),
		grid3+": @张三\u2005通知 #N1 写的是：本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加。还有不清楚的，请问网格员王五。")
	expect(t, "who may go", c.say("陈二", "我妈能去吗"),
		grid3+": @陈二\u2005通知 #N1 写的是：本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加。还有不清楚的，请问网格员王五。")
	has(t, "what it does not tell", c.say("陈二", "体检结果什么时候出来"), "王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事：体检结果什么时候出来")
	for _, talk := range []string{"周六去赶集吗", "谁家的狗跑出来了？", "吃饭了吗", "明天几点开会", "今天天气怎么样", "体检好啊 大家都去"} {
		lacks(t, talk, c.say("赵六", talk), "通知提问", "转给网格员")
	}
	has(t, "the askers' households counted (elder64)", c.office("查 #N1"), "青山村三组：已收到 3/")
}

// TestCallAnswersNotice: an elder's words on a call that answer the notice
// open in her grid ("周六去不了 没人陪" after Saturday's 体检) are filed
// with the notice named (without its #: the leader's 收到 quoting the item
// stays an acceptance), and the call counts as passing the notice on,
// though the task did not carry it yet. Another matter on a call names no
// notice. The notices are read only because a matter is filed.
func TestCallAnswersNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加")
	c.say("张三", "收到")                    // the notice indexes built
	c.private("王五", "回访 白凤兰 已通 她说屋顶漏雨了") // the village's indexes built
	c.private("王五", "回访 石德贵 已通 身体挺好")
	c.now = c.now.Add(3 * time.Hour)
	// 2 on main (the calls read, one commit), and the group's notices
	got := c.costs(t, 3, "the call filing her matter", bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 她说周六去不了 没人陪"})
	has(t, "the call", got, "王奶奶户已记为收到通知 #N1。",
		"王奶奶反映的「关于通知N1（本周六体检）：周六去不了 没人陪」已登记 #R2",
		"李四: 【私信反映】王奶奶（王五代报）反映 #R2（一般事项）：关于通知N1（本周六体检）：周六去不了 没人陪")
	has(t, "passed on", c.office("查 #N1"), "青山村三组：已收到 2/")
	has(t, "the leader's 收到 quoting it takes the item", c.send(bot.Message{Private: true, From: "李四", Text: "收到",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【私信反映】王奶奶（王五代报）反映 #R2（一般事项）：关于通知N1（本周六体检）：周六去不了 没人陪"}}), "#R2 已受理")
	// names no day, event or scheme: not read against the notices, as on main
	got = c.costs(t, 1, "another matter", bot.Message{Private: true, From: "王五", Text: "回访 石德贵 已通 他说院墙塌了一块"})
	has(t, "another matter", got, "已登记 #R3")
	lacks(t, "another matter", got, "关于通知", "收到通知")
}
