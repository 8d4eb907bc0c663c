package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestGasShutOffIsAllClear: a gas leak's reporter who says the valve is
// shut and it leaks no more ("阀门关了 不漏气了") tells its end, as "火已经
// 灭了" does of a fire: no new alarm for the 漏气 in it; the watchdog
// stops and the leader is asked to check and close it.
func TestGasShutOffIsAllClear(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "我家煤气漏气了 味道好大"), dutyChat+": 【突发事件】青山村三组 #R1")
	out := c.say("张三", "阀门关了 不漏气了")
	has(t, "shut off", out, dutyChat+": 【突发补充】青山村三组 #R1")
	has(t, "shut off", out, "请网格长核实后回复「办结 #R1 情况」")
	if n := len(c.reports()); n != 1 {
		t.Errorf("%d items, want 1: the shut-off raised a new alarm", n)
	}
	if c.reports()[0].OverSaid.IsZero() {
		t.Error("R1 not noted over: the watchdog goes on")
	}
}
