package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOwnStatusSeveralListed (ask72): his question fits several of his
// open items (the words fit them all, or 「我反映的事」 with two open): the
// group hears them listed, number, short text and status, and 「查 #R」
// (it was silence). His mediation or emergency item is never named there.
func TestOwnStatusSeveralListed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了 很危险")
	has(t, "an emergency", c.say("张三", "上报 后山的桥塌了一块"), "【突发事件】")
	c.say("张三", "上报 小学旁边的桥下面堵了 水漫到路上")
	c.say("张三", "上报 调解 他家的牛把我家的菜地踩了 不肯赔")
	list := grid3 + ": @张三\u2005您有2件事还在办：#R1（村口的桥栏杆断了 很危险）「待受理」；#R3（小学旁边的桥下面堵了 水漫到路上）「待受理」。发「查 #R1」看详细。"
	expect(t, "the words fit two", c.say("张三", "桥的事咋样了"), list)
	c.now = c.now.Add(2 * time.Hour)
	got := c.say("张三", "我反映的事咋样了")
	expect(t, "said as his, three open", got, list)
	lacks(t, "no mediation, no emergency in the group", got, "#R2", "#R4", "菜地")
	expect(t, "another's items", c.say("陈二", "桥的事咋样了"))
}

// TestOwnMediationStatusPrivately (ask72): asked in the group after his
// own mediation item, he hears its status privately and the group hears
// nothing (it was silence: mediation is never shown there).
func TestOwnMediationStatusPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "上报 调解 他家的牛把我家的菜地踩了 不肯赔"), "#R1")
	got := c.say("张三", "菜地的事咋样了")
	has(t, "privately", got, "张三: #R1（他家的牛把我家的菜地踩了 不肯赔）现在「待受理」", "有进展会私信告诉您")
	lacks(t, "the group hears nothing", got, grid3+":")
	got = c.say("张三", "我反映的事有进展吗")
	has(t, "said as his, again", got, "张三: #R1 刚才回复过，还没有新进展，有进展会私信告诉您。")
	lacks(t, "again, the group hears nothing", got, grid3+":")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "the commit", c.costs(t, 1, "private answer", bot.Message{Chat: grid3, From: "张三", Text: "我反映的事情有进展吗", ID: "again"}))
}

// TestOwnStatusQuiet (ask72): asked again within the hour, the item
// unchanged, he hears once 「刚才回复过，还没有新进展」, then nothing;
// once it changes, or after the hour, the status again.
func TestOwnStatusQuiet(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了 很危险")
	has(t, "first", c.say("张三", "桥的事咋样了"), "#R1（村口的桥栏杆断了 很危险）现在「待受理」")
	expect(t, "again", c.say("张三", "桥的事咋样了"), grid3+": @张三\u2005#R1 刚才回复过，还没有新进展，有进展会在群里说。")
	c.costs(t, 0, "and again: silence", bot.Message{Chat: grid3, From: "张三", Text: "我反映的事咋样了"})
	c.say("李四", "确认 #R1")
	has(t, "changed since", c.say("张三", "桥的事咋样了"), "现在「已受理」")
	has(t, "quiet again", c.say("张三", "桥的事咋样了"), "刚才回复过")
	c.now = c.now.Add(61 * time.Minute)
	has(t, "after the hour", c.say("张三", "桥的事咋样了"), "现在「已受理」")
	c.say("张三", "上报 后山的垃圾没人收")
	has(t, "another item of his: listed", c.say("张三", "我反映的事咋样了"), "您有2件事还在办")
}
