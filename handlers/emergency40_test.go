package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestFightUnderWayAlarm: a fight or a beating under way, heard, with a
// call for help and no hazard word (「隔壁家打得好凶 快来人啊」「打起来了
// 快来人」「有人在打架 要出人命了」), is an alarm of violence: the group
// is told 110 (120 for the hurt), to mind its own safety and not to step
// in alone, as a beating of another under way is; not the general alarm's
// 「需要时请拨打110、119、120」. A fight told in jest is none.
func TestFightUnderWayAlarm(t *testing.T) {
	const violence = "治安情况请立即拨打110，有人受伤同时拨打120，注意自身安全。别一个人上前拉架"
	for _, text := range []string{"隔壁家打得好凶 快来人啊", "打起来了 快来人", "有人在打架 要出人命了", "村口小卖部那里有人打起来了 快来人啊"} {
		out := newChat(t, understand.Rules{}).say("张三", text)
		has(t, text, out, dutyChat+": 【突发事件】青山村三组 #R1", violence, "请网格长立即赶到现场，注意自身安全")
		lacks(t, text, out, "需要时请拨打110、119、120", "反诈")
	}
	// a beating heard at another's home may be 家暴: 妇联 too, after
	has(t, "beating heard", newChat(t, understand.Rules{}).say("张三", "隔壁家打得好凶 快来人啊"), "家暴不是家务事")
	has(t, "a fight", newChat(t, understand.Rules{}).say("张三", "打起来了 快来人"), "人多了再一起劝开。\n")
	// told privately, he hears it where he wrote too
	has(t, "private", newChat(t, understand.Rules{}).private("张三", "三组村口打起来了 快来人"), "张三: 紧急情况 #R1 已登记", violence)
	// a fire is no fight
	lacks(t, "fire", newChat(t, understand.Rules{}).say("张三", "后山着火了 快来人"), "拉架")
}

// TestScamUnderWayAlarm: a scam under way (「我妈正在给骗子转账」「有人冒
// 充公安让我转钱」) is a crime alarm whose group, sender and duty chat are
// told how to stop the money going: no transfer, 110 or 96110, the bank
// to freeze it, the records kept; not the crime hint of a scene to keep
// safe. A scam call the sender did not fall for stays a report.
func TestScamUnderWayAlarm(t *testing.T) {
	const steps = "先别转账，正在转的马上停下；立即拨打110或96110反诈专线，同时打银行客服电话冻结、止付；聊天和转账记录都留着，别删。"
	out := newChat(t, understand.Rules{}).say("陈二", "我妈正在给骗子转账")
	has(t, "group", out, grid3+": @李四", steps,
		dutyChat+": 【突发事件】青山村三组 #R1", "反诈：请马上联系当事人停止转账，报110或96110，让银行冻结、止付，保留聊天和转账记录")
	lacks(t, "group", out, "治安情况请立即拨打110", "拉架")

	out = newChat(t, understand.Rules{}).private("张三", "有人冒充公安让我转钱")
	has(t, "private", out, "张三: 紧急情况 #R1 已登记", steps, dutyChat+": 【突发事件】", "反诈：")

	out = newChat(t, understand.Rules{}).say("张三", "有人冒充公安让我转钱 我没转")
	lacks(t, "not fallen for", out, dutyChat, "紧急情况")
	// a theft is no scam
	lacks(t, "theft", newChat(t, understand.Rules{}).say("张三", "有人在撬门偷东西 快来"), "反诈", "96110")
}

// TestScamAfterFightIsAnotherAlarm: a scam under way told in the group
// of a fight alarm minutes old is a second emergency with its own steps,
// not a witness's word of the fight (both are crimes).
func TestScamAfterFightIsAnotherAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "隔壁家打得好凶 快来人啊")
	out := c.say("陈二", "我妈正在给骗子转账")
	has(t, "scam", out, dutyChat+": 【突发事件】青山村三组 #R2", "96110")
	lacks(t, "scam", out, "【突发补充】")
	// a second word of the fight still joins it
	has(t, "witness", c.say("王五", "隔壁打起来了 快来人"), "【突发补充】青山村三组 #R1")
}
