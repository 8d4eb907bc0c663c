package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSmokeGoneIsAllClear: a fire's reporter who can see only the smoke
// tells its end by it ("不冒烟了", "烟没了"), as "火已经灭了" does: the duty
// chat hears it, the watchdog stops and the leader is asked to check and
// close it. Said of his flood it ends nothing: he is asked which he means.
func TestSmokeGoneIsAllClear(t *testing.T) {
	for _, text := range []string{"不冒烟了", "烟没了", "现在烟都散了"} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "alarm", c.say("张三", "我家后面柴堆着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
			out := c.say("张三", text)
			has(t, "smoke gone", out, dutyChat+": 【突发补充】青山村三组 #R1", "请网格长核实后回复「办结 #R1 情况」")
			if n := len(c.reports()); n != 1 {
				t.Errorf("%d items, want 1", n)
			}
			if c.reports()[0].OverSaid.IsZero() {
				t.Error("R1 not noted over: the watchdog goes on")
			}
		})
	}
	c := newChat(t, understand.Rules{})
	has(t, "flood", c.say("张三", "河水漫上来了 我家进水了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "smoke of a flood", c.say("张三", "不冒烟了"), "对不上，没有记为解除")
	if !c.reports()[0].OverSaid.IsZero() {
		t.Error("the flood noted over by 不冒烟了")
	}
}

// TestCadreSmokeGoneCloses: a grid cadre's "烟没了" of the grid's one open
// fire is its end, as his "火灭了" is: of one nobody confirmed, his 进展
// (he confirms it; emg46), of one confirmed its 办结.
func TestCadreSmokeGoneCloses(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山着火了 快来人")
	has(t, "unconfirmed", c.say("李四", "烟没了 没人受伤"), "#R1 已受理", "进展已记录：烟没了 没人受伤")
	has(t, "confirmed", c.say("李四", "烟没了 都散了"), "#R1 已办结")
}
