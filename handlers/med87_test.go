package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfferAnsweredAfterRetort: the reporter's account of a quarrel read
// under the filing threshold waits for his 「1」; meanwhile the other
// side's retort is filed as #R1. His 「1」 keeps his account on #R1 as his
// side (one quarrel, one item), in one round trip; before, it filed #R2
// along #R1. The 「1」 delivered again changes nothing.
func TestOfferAnsweredAfterRetort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", "张三你自己去看看界桩在哪 别血口喷人"), "已登记 #R1")
	c.now = c.now.Add(3 * time.Minute)
	yes := bot.Message{ID: "yes1", Chat: grid3, From: "张三", Text: "1"}
	got := c.costs(t, 1, "his 1", yes)
	has(t, "kept on #R1", got, "@张三 这件事陈二刚才已登记为 #R1，现在 #R1 按您说的记", "李四: 【调解提醒】#R1 陈二刚才登记的「", "和张三先说的是同一件纠纷：「陈二家盖猪圈")
	lacks(t, "not filed again", got, "#R2", "已登记 #R")
	c.wantReports(1, "(his account is on #R1)")
	silent(t, "the 1 delivered again", c.send(yes))
	c.wantReports(1, "(after the retry)")
	has(t, "查 shows both sides", c.private("李四", "查 #R1"), "张三你自己去看看界桩在哪", "内容：陈二家盖猪圈把墙往我家宅基地这边挪了半米")
}
