package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSameThingOtherWordsAsked: a villager's report that names the thing
// of an open item of another's (信号塔 … 没信号), in words too unlike for
// the duplicate similarity, is asked about 「已有人反映 #R1…是同一件事吗」,
// also when it is part of a message of two matters; the same thing at
// another place is another item.
func TestSameThingOtherWordsAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "first", c.say("张三", "上报 村口信号塔说要修的 咋还没动静 手机一点信号都没有"), "已登记 #R1")
	expect(t, "two matters", c.say("陈二", "路灯坏了好几天了 还有信号塔那边一直没信号"), "已有人反映 #R1（村口信号塔说要修的")
	expect(t, "merged", c.say("陈二", "是"), "已合并")
	expect(t, "plain words", c.say("周八", "上报 村口这块手机没信号 打不出电话"), "已有人反映 #R1")
	expect(t, "another place", c.say("王五", "上报 后山那边没信号"), "已登记 #R2")
}
