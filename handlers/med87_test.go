package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfferAnsweredAfterRetort: the reporter's account of a quarrel read
// under the filing threshold waits for his 「1」; meanwhile the other
// side's retort comes. One quarrel, one item: since med98 the retort's
// filing is headed by his account (his question taken with it), so his
// 「1」 after it files nothing more, delivered again neither; before, the
// retort was #R1 until his 「1」 kept his account on it (med87's join, still
// the path of an account with photos or several parts: med88, med89), and
// before that, his 「1」 filed #R2 along #R1.
func TestOfferAnsweredAfterRetort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed headed by his account", c.say("陈二", "张三你自己去看看界桩在哪 别血口喷人"),
		"已登记 #R1（调解事项）：陈二家盖猪圈", "张三不用再回复「1」")
	c.now = c.now.Add(3 * time.Minute)
	yes := bot.Message{ID: "yes1", Chat: grid3, From: "张三", Text: "1"}
	lacks(t, "not filed again", c.send(yes), "#R2", "已登记 #R")
	c.wantReports(1, "(his account is #R1)")
	silent(t, "the 1 delivered again", c.send(yes))
	c.wantReports(1, "(after the retry)")
	has(t, "查 shows both sides", c.private("李四", "查 #R1"), "张三你自己去看看界桩在哪", "内容：陈二家盖猪圈把墙往我家宅基地这边挪了半米")
}
