package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestAbusedFiled: a beating of another told ("他老公天天打她") is filed
// as a mediation item whose handlers hear of it at once, night or not,
// with 110 and the township's 妇联 (its phone when listed); the sender is
// told to call 110 if it goes on and may turn to 妇联. One under way
// ("隔壁又在打老婆") is an alarm for the duty chat; children at play
// reach nobody.
func TestAbusedFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "children at play", c.say("张三", "孩子们在打闹"))
	steps := "正在打人请立即拨打110，有人受伤请打120；家暴不是家务事，也可以找镇妇联（0123-5550109）。"
	c.now = clock(c.now, 1, 23, 30)
	expect(t, "a beating of another at night", c.say("张三", "他老公天天打她"),
		"李四: 【调解提醒·注意】张三反映有人打人（可能是家暴），已登记 #R1：「他老公天天打她」\n请尽快上门看看被打的人、问清情况，防止再动手；有伤先送医，正在打人请拨打110，家暴可请镇妇联（0123-5550109）一起帮忙。受理请回复「确认 #R1」。",
		"郑十: 【调解提醒·注意】张三反映有人打人（可能是家暴），已登记 #R1",
		grid3+": 已登记 #R1（调解事项）：他老公天天打她\n已交李四、郑十处理，打人的事已马上告诉他们，会尽快上门了解情况。\n"+steps)
	expect(t, "told privately", c.private("陈二", "张家儿子打他爹"),
		"李四: 【调解提醒·注意】陈二反映有人打人（可能是家暴），已登记 #R2",
		"郑十: 【调解提醒·注意】陈二反映有人打人（可能是家暴），已登记 #R2：「张家儿子打他爹」",
		"陈二: 已登记 #R2（调解事项）：张家儿子打他爹\n已私下转给网格长李四和调解员郑十，打人的事已马上告诉他们，会尽快上门了解情况。"+steps)
	out := c.say("陈二", "隔壁又在打老婆 哭得厉害")
	has(t, "under way", out, dutyChat+": 【突发事件】青山村三组 #R3", "110")
	lacks(t, "under way", out, "调解")

	// no 妇联 listed: only the words
	out = withoutFulian(t).say("张三", "隔壁老刘又打老婆了")
	has(t, "no 妇联 listed", out, "也可以找镇妇联。", "家暴可请镇妇联一起帮忙")
	lacks(t, "no 妇联 listed", out, "0123-5550109")
}
