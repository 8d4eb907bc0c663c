package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestUnconfirmedGasNotClosedByWords: a worker's 「燃气公司的人到了 阀门关了」
// at a gas alarm nobody confirmed yet is its 进展 (he takes it on), not its
// 办结: the duty chat hears it at once, and he is told the 办结 to send.
func TestUnconfirmedGasNotClosedByWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "我家厨房煤气泄漏了 好大的味道")
	out := c.say("王五", "燃气公司的人到了 阀门关了")
	has(t, "worker's words", out, "进展已记录：燃气公司的人到了 阀门关了", "王五，核实险情已解除后，请回复「办结 #R1 燃气公司的人到了 阀门关了」",
		dutyChat+": 【青山村三组】#R1（突发事件）王五 进展")
	lacks(t, "worker's words", out, "已办结", "满意 #R1")
}

// TestWitnessAtFightKeepsNoOneAlone: a witness's news of someone hurt at
// an open fight, and a question of which number, are told the fight's
// 「别一个人上前拉架」 with 110 and 120, as its alarm was.
func TestWitnessAtFightKeepsNoOneAlone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "村口小卖部门口两伙人打起来了 有人拿刀了 快报警")
	has(t, "hurt", c.say("陈二", "打得好凶 有人头破了 流了好多血"), grid3+": 陈二，有人受伤或病危请立即拨打120", "治安情况请立即拨打110", "别一个人上前拉架")
	has(t, "which number", c.say("周八", "该打什么电话 110还是120"), grid3+": 周八，治安情况请立即拨打110", "别一个人上前拉架")
}

// TestHurtKeptOnTheFire: 「有人被烧伤了」 joined to the group's open fire
// is kept on it, so that the watchdog's re-posts ask for 120 too.
func TestHurtKeptOnTheFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山着火了")
	has(t, "burn", c.say("王五", "有人被烧伤了 打什么电话"), "有人烧伤：请同时调度120急救")
	c.wantReports(1, "(the fire)")
	if rep := c.reports()[0]; !rep.Hurt() {
		t.Errorf("the hurt not kept on %s: %v", rep.ID, rep.History)
	}
}
