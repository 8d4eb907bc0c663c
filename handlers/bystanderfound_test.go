package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestBystanderFoundAsksReporter: a villager who did not report a search
// nobody took on yet says the person is found ("人找到了 在河边玩"): it is
// noted on the search, the duty chat told, its reporter asked to confirm
// and the leader to check; the watchdog goes on until the reporter does.
// His own "找到了" then stops it.
func TestBystanderFoundAsksReporter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "我家孩子放学没回来 找不到了 大家帮忙找找"), dutyChat+": 【突发事件】青山村三组 #R1")
	out := c.say("陈二", "人找到了 在河边玩")
	has(t, "bystander", out, dutyChat+": 【突发补充·说人已找到】青山村三组 #R1", "陈二",
		grid3+": @张三\u2005陈二说：「人找到了 在河边玩」。#R1 是您报的，人确实找到了请回复「找到了」", "也请网格长李四核实")
	rep := c.reports()[0]
	if !rep.OverSaid.IsZero() {
		t.Error("a bystander's word stopped the watchdog")
	}
	if last := rep.History[len(rep.History)-1]; last.Action != village.ActSaid || last.By != "陈二" {
		t.Errorf("last history entry %+v, want 陈二's news", last)
	}
	lacks(t, "said again", c.say("周八", "孩子找到了"), "是您报的")
	has(t, "the reporter", c.say("张三", "找到了 谢谢大家"), "请网格长核实后回复「办结 #R1 情况」")
	if c.reports()[0].OverSaid.IsZero() {
		t.Error("the reporter's 找到了 did not stop the watchdog")
	}
}
