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
