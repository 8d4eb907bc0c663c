package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestAllClearOfAnotherHazard: "火已经灭了" ends a fire only. Said by the
// reporter of a flood nobody took on, it stops no watchdog; said by the
// leader of the flood he took on, it closes nothing: each is asked which
// he means. An end that names no hazard ("没大事了") still counts.
func TestAllClearOfAnotherHazard(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "发大水了 河水漫进村里了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
	expect(t, "the reporter's fire out", c.say("张三", "火已经灭了"),
		grid3+": 张三，您说「火已经灭了」，但 #R1 报的是「发大水了 河水漫进村里了 快来人」，对不上，没有记为解除。#R1 的险情已经过去的话")
	if r1 := c.reports()[0]; !r1.OverSaid.IsZero() {
		t.Errorf("R1 noted over at %v: the watchdog would stop for a fire's end", r1.OverSaid)
	}
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	expect(t, "the leader's fire out", c.say("李四", "火灭了 没人受伤"),
		grid3+": 李四，您说「火灭了 没人受伤」，但 #R1 报的是「发大水了 河水漫进村里了 快来人」，对不上，没有记为解除。说的是 #R1 的话，请回复「办结 #R1 情况」")
	c.firstStatus(village.StatusAccepted)
	has(t, "the leader's water gone down", c.say("李四", "水退了 没人受伤"), "#R1 已办结")
}

// TestAllClearPicksItsHazard: with a fire and a flood open in one grid,
// the reporter of both's "火灭了" is news of the fire.
func TestAllClearPicksItsHazard(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "fire", c.say("张三", "村口老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "flood", c.say("张三", "发大水了 河水漫进村里了 快来人"), dutyChat+": 【突发事件】青山村三组 #R2")
	has(t, "the fire out", c.say("张三", "火已经灭了"), dutyChat+": 【突发补充】青山村三组 #R1")
	if reps := c.reports(); reps[0].OverSaid.IsZero() || !reps[1].OverSaid.IsZero() {
		t.Errorf("over said: R1 %v, R2 %v; want R1 only", reps[0].OverSaid, reps[1].OverSaid)
	}
}
