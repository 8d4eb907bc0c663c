package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestGasSmellGoneTold: a gas leak's reporter who says its smell is gone
// ("气味没了", "现在没味了", "阀门关了 没事了") tells its end: the duty chat
// hears it, the leader is asked to check and close it, and the reporter is
// thanked and told what comes next (the leader checks it is safe and
// closes it, he confirms; the air kept moving till then). Nothing closes.
// Once a worker's words took it on (emg45), its handlers hear it, and he
// is thanked alike.
func TestGasSmellGoneTold(t *testing.T) {
	const thanks = "张三，谢谢告知！李四核实安全后会办结 #R1，到时请您回复「满意 #R1」。这之前请继续开窗通风、先别开关电器，再有情况请马上在群里说。"
	for _, text := range []string{"气味没了", "现在没味了", "阀门关了 没事了"} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "alarm", c.say("张三", "家里煤气泄漏了 好大味道"), dutyChat+": 【突发事件】青山村三组 #R1")
			out := c.say("张三", text)
			has(t, "smell gone", out, dutyChat+": 【突发补充】青山村三组 #R1", grid3+": @李四\u2005张三说：「"+text+"」。#R1 如已解除，请网格长核实后回复「办结 #R1 情况」", thanks)
			if rep := c.reports()[0]; rep.OverSaid.IsZero() || rep.Status != village.StatusNew {
				t.Errorf("R1 %s, over said at %v: want open, the watchdog stopped", rep.Status, rep.OverSaid)
			}
			lacks(t, "said again: the duty chat alone", c.say("张三", "真的没味了 放心"), "谢谢告知")
		})
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "家里煤气泄漏了 好大味道")
	has(t, "worker's words", c.say("王五", "燃气公司的人到了 阀门关了"), "进展已记录")
	out := c.say("张三", "气味没了")
	has(t, "handled", out, dutyChat+": 【突发补充】青山村三组 #R1", "「气味没了」。#R1 如已解除，请核实后回复「办结 #R1 情况」",
		"张三，谢谢告知！李四、王五核实安全后会办结 #R1，到时请您回复「满意 #R1」。这之前请继续开窗通风")
	c.firstStatus(village.StatusInProgress)
}

// TestFireSmellGoneIsTheFires: a fire's reporter whose "烟味没了" holds the
// gas's "味没了" tells the fire's end, not another hazard's.
func TestFireSmellGoneIsTheFires(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "我家后面柴堆着火了 快来人")
	out := c.say("张三", "烟味没了")
	has(t, "smoke smell", out, "如已解除，请网格长核实后回复「办结 #R1 情况」", "张三，谢谢告知！")
	lacks(t, "smoke smell", out, "对不上", "开窗通风")
}

// watchdogTwo is the watchdog's post in 三组's group about #R1 and #R2,
// two emergencies nobody confirmed (scheduler's watchdog.group.many).
const watchdogTwo = "@李四 @王五 2 件紧急情况还没人确认：\n#R1 已过15分钟：后山着火了 烧得很大\n火情请立即拨打119，先疏散人员，不要冒险扑救。\n" +
	"#R2 已过15分钟：家里煤气泄漏了 好大味道\n燃气泄漏：立即关阀门、开窗。\n请立即处置，接手后回复「确认 #编号」，如「确认 #R1」。"

// TestQuotedConfirmOfTwoAlarms: the leader's bare 「确认」 quoting the
// watchdog's post about two emergencies nobody confirmed confirms both
// (the post asks for nothing else; asking which would leave both
// waiting): each is taken on, the duty chat hears each. The same quote
// of a post about two matters that are not both open emergencies is
// still asked which, and 「确认 第二件」 still picks one.
func TestQuotedConfirmOfTwoAlarms(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "后山着火了 烧得很大")
	c.say("张三", "家里煤气泄漏了 好大味道")
	got := c.send(quoting("李四", "确认", watchdogTwo))
	has(t, "both", got, "#R1", "#R2", dutyChat+": 【青山村三组】#R1", dutyChat+": 【青山村三组】#R2")
	lacks(t, "both", got, "您引用的消息里有好几件")
	c.wantStatuses(nil, village.StatusAccepted)

	c = newChat(t, understand.Rules{})
	c.say("陈二", "后山着火了 烧得很大")
	c.say("张三", "家里煤气泄漏了 好大味道")
	has(t, "the second", c.send(quoting("李四", "确认 第二件", watchdogTwo)), "#R2")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("陈二", "后山着火了 烧得很大")
	c.say("张三", "上报 村口路灯不亮了")
	has(t, "a lamp and a fire", c.send(quoting("李四", "确认", "#R1 后山着火了 烧得很大\n#R2 村口路灯不亮了")), "您引用的消息里有好几件（#R1、#R2）")
	c.wantStatuses(nil, village.StatusNew)
}

// TestLeaderWordsConfirmNotClose: the leader's plain words that an
// emergency nobody confirmed is over (「已经处理好了」, 「火灭了 没人受伤」)
// confirm it and are its 进展, as a worker's are (emg45): he is told the
// 办结 to send once he has checked it is safe; nothing closes and the
// reporter is not asked 满意 yet. Confirmed, his words are its 办结.
func TestLeaderWordsConfirmNotClose(t *testing.T) {
	for _, text := range []string{"已经处理好了", "阀门关了 没事了"} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.say("张三", "家里煤气泄漏了 好大味道")
			got := c.say("李四", text)
			has(t, "words", got, "#R1 已受理", "进展已记录："+text, "李四，核实险情已解除后，请回复「办结 #R1 "+text+"」",
				dutyChat+": 【青山村三组】#R1（突发事件）李四 进展")
			lacks(t, "words", got, "已办结", "满意 #R1")
			c.firstStatus(village.StatusInProgress)
			has(t, "confirmed: his words close it", c.say("李四", "阀门关了 通风了 没事了"), "#R1 已办结", "满意 #R1")
			c.firstStatus(village.StatusResolved)
		})
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "后山着火了 烧得很大")
	lacks(t, "named: another matter", c.say("李四", "路灯处理好了"), "#R2 已受理", "进展已记录")
	c.wantStatuses(nil, village.StatusNew)
}
