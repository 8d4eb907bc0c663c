package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestReopenAtNightWithdrawsTheAsk: a reporter who says 未解决 at night to
// a 办结 said at night has answered its 满意 question: the question held
// for the morning is withdrawn, while the reopened item's own news goes.
func TestReopenAtNightWithdrawsTheAsk(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("张三", "上报 村口路灯坏了")
	c.now = clock(c.now, 1, 1, 0)
	c.say("李四", "确认 #R1")
	has(t, "办结 at night", c.say("李四", "办结 #R1 换了新灯泡"), "早上7点再请张三确认")
	has(t, "未解决 at night", c.costs(t, 1, "未解决", bot.Message{Chat: grid3, From: "张三", Text: "未解决 #R1 还是不亮"}), "#R1")
	c.now = clock(c.now, 0, 7, 0)
	lacks(t, "the morning", c.flush(), "请确认")
}

// TestFireOwnAlarmPlacesTheCry: 「后山着火了」 right after another's 「着火了
// 快来人」 is that fire placed, as 「在后山」 is (alarm82): the item's text
// takes the words, the duty chat hears where; one item, one round trip.
func TestFireOwnAlarmPlacesTheCry(t *testing.T) {
	for cry, alarm := range map[string]string{"着火了 快来人": "后山着火了", "淹了 快来人": "河边淹了 水好大"} {
		c := newChat(t, understand.Rules{})
		has(t, "cry", c.say("张三", cry), "【突发事件】青山村三组 #R1")
		wantPlaced(t, c, alarm)
	}
}

// TestFireHereStaysJoined: 「这边着火了」 names no place the duty officer
// can go to: joined as before, the cry's text unchanged.
func TestFireHereStaysJoined(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "着火了 快来人")
	lacks(t, "here", c.say("陈二", "这边着火了"), "【突发补充·地点】", "#R2")
	if reps := c.reports(); len(reps) != 1 || strings.Contains(reps[0].Text, "补充") {
		t.Fatalf("stored %+v, want one item as cried", reps)
	}
}
