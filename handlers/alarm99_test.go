package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestDutyAsksOfAll: the duty officer's bare 「现在什么情况」 lists every
// open emergency of the township, newest first, whatever news came of
// each (a fire taken on and nearly out, a CO alarm waiting, another grid's
// fall); alarm98 saw it list only the CO one (alarm99).
func TestDutyAsksOfAll(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "石德贵家着火了 快来人")
	c.say("王五", "R1 收到 我马上过去")
	c.say("王五", "火基本灭了 还在冒烟")
	c.say("陈二", "俺家炉子冒烟 现在屋里全是烟 一直咳嗽")
	c.send(bot.Message{Chat: "青山村二组网格群", From: "杨春花", Text: "田卫东从房顶上摔下来了 快来人"})
	got := c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"})
	has(t, "all", got, "#R1", "#R2", "#R3")
	joined := ""
	for _, l := range got {
		joined += l
	}
	if !inOrder(joined, "#R3", "#R2", "#R1") {
		t.Errorf("not newest first:\n%s", joined)
	}
}

// inOrder reports whether each of subs occurs in s after the one before.
func inOrder(s string, subs ...string) bool {
	for _, sub := range subs {
		i := strings.Index(s, sub)
		if i < 0 {
			return false
		}
		s = s[i+len(sub):]
	}
	return true
}
