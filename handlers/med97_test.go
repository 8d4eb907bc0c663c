package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestLapsedOfferJoinsRetort: the reporter's account of a quarrel waits
// for his 「1」, the other side's retort is filed as #R1 meanwhile, and his
// 「1」 comes past its time, twice: each late reply dates his words by when
// he said them (09:01), not by the offer asked again; the 「1」 in time then
// keeps his account on #R1 as his side, as med87's in-time 「1」 does. On
// main the second late reply said 「今天09:32说的」 and the last 「1」 filed
// #R2 along #R1, the week's item headed by the accused's retort.
func TestLapsedOfferJoinsRetort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	said := c.now // say moves the clock on before it sends
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", "张三你自己去看看界桩在哪 别血口喷人"), "已登记 #R1")
	when := "今天" + said.Format("15:04") + "说的"
	c.now = said.Add(31 * time.Minute)
	has(t, "first late 1", c.say("张三", "1"), "过了回复时间", when)
	c.now = c.now.Add(31 * time.Minute)
	has(t, "second late 1", c.say("张三", "1"), "过了回复时间", when)
	c.now = c.now.Add(2 * time.Minute)
	got := c.costs(t, 1, "his 1 in time", bot.Message{ID: "yes97", Chat: grid3, From: "张三", Text: "1"})
	has(t, "kept on #R1", got, "@张三 这件事陈二刚才已登记为 #R1，您说的已记在 #R1 上", "李四: 【调解提醒】#R1（陈二登记）")
	lacks(t, "not filed again", got, "#R2", "已登记 #R")
	c.wantReports(1, "(his account is on #R1)")
}
