package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestAckWhileConfirmBackWaits: 陈二's 「收到」 after 「我理解为：…回复「1」
// 登记」 was silent; he is told once what 「1」 and 「2」 do, in one round
// trip, nothing filed; a second 「收到」 is silent; his 「1」 still files
// it (word68). 好的 stays a yes, as assentWords make it.
func TestAckWhileConfirmBackWaits(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 14, 0, 0, 0, at.Location())
	c.say("张三", "收到") // the notice indexes built, once per store
	has(t, "张三's confirm-back", c.say("张三", "我家门口的水管漏水了"), "回复「1」登记，「2」不用")
	has(t, "张三's 收到 (the store's first two-scope commit)", c.say("张三", "收到"), "还没登记")
	has(t, "the confirm-back", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」登记，「2」不用")
	got := c.costs(t, 1, "收到 to the confirm-back", bot.Message{Chat: grid3, From: "陈二", Text: "收到"})
	expect(t, "收到: told what answers it", got,
		grid3+": @陈二\u2005「村口的路灯坏了，晚上黑乎乎的」还没登记：要登记请回复「1」，不用请回复「2」。")
	c.wantReports(0, "收到 filed the confirm-back")
	expect(t, "a second 收到: silent", c.say("陈二", "收到了"))
	has(t, "his 1 files it", c.say("陈二", "1"), "已登记 #R1")

	c = newChat(t, understand.Rules{})
	has(t, "张三's confirm-back", c.say("张三", "我家门口的水管漏水了"), "回复「1」登记，「2」不用")
	has(t, "好的: a yes", c.say("张三", "好的"), "已登记 #R1")
	expect(t, "收到 with nothing asked: silent", c.say("张三", "收到"))

	// a notice to the group, then his confirm-back: his 收到 still counts
	// for the notice, and he hears what answers the question
	c = newChat(t, understand.Rules{})
	c.office("通知 本周六上午在村卫生室免费体检")
	has(t, "陈二's confirm-back", c.say("陈二", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	has(t, "收到 after both", c.say("陈二", "收到"), "「我家门口的路灯坏了」还没登记：要登记请回复「1」")
	has(t, "counted for the notice", c.office("查 #N1"), "青山村三组：已收到 1/9 户")
	c.wantReports(0, "收到 filed nothing")
}
