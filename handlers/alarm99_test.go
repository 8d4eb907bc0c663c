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

// TestFaintAtTheStoveFumes: 陈二's 「我妈晕过去了」 minutes after his own
// 「俺家炉子冒烟 一直咳嗽」 is the CO alarm's (her fainting is the fumes),
// told to the duty chat with 120, not a second alarm; 张三's own
// 「我爸晕倒了」 from another household stays an alarm of its own (alarm99).
func TestFaintAtTheStoveFumes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家炉子冒烟 一直咳嗽")
	got := c.say("陈二", "我妈晕过去了")
	has(t, "his mother", got, "【突发补充】青山村三组 #R1", "有人晕倒（可能是一氧化碳中毒）：请同时调度120急救")
	lacks(t, "his mother", got, "#R2")
	got = c.say("张三", "我爸晕倒了 快来人")
	has(t, "another household", got, "【突发事件】青山村三组 #R2")
}

// TestSmokeFillsAfterStoveFumes: 陈二's 「屋里全是烟」 after his own
// 「俺家炉子冒烟 一直咳嗽」 was silent; it is the CO alarm's news, told to
// the duty chat, and he is told to get everyone out; 张三's same words (no
// part in it) are not read as of 陈二's house (alarm99).
func TestSmokeFillsAfterStoveFumes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家炉子冒烟 一直咳嗽")
	got := c.say("陈二", "屋里全是烟")
	has(t, "his smoke", got, "【突发补充·进展】青山村三组 #R1", "陈二（13900000002）说：屋里全是烟", "全家人先出到屋外")
	got = c.say("张三", "屋里全是烟")
	lacks(t, "another's smoke", got, "#R1")
}

// TestRescueNewsTellsTheHandler: a villager's 「人救出来了」 at a fire with
// people inside went to the duty chat alone; the one who took the fire
// on is @'d in the group to see to the rescued (alarm99).
func TestRescueNewsTellsTheHandler(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "石德贵家着火了 屋里还有人")
	c.say("王五", "R1 收到 我马上过去")
	got := c.say("陈二", "人救出来了")
	has(t, "the handler told", got, "【突发补充·进展】青山村三组 #R1", "@王五", "请看看救出来的人有没有受伤、要不要送医。")
	lacks(t, "the handler told", got, "办结")
	// nobody took it on: the grid's cadres, asked to take it
	c = newChat(t, understand.Rules{})
	c.say("张三", "石德贵家着火了")
	got = c.say("张三", "人救出来了")
	has(t, "nobody on it", got, "@李四", "@王五", "#R1 张三说「人救出来了」", "接手后回复「确认 #R1」")
}
