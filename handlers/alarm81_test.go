package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestUnnamedAlarmNamedAfter: 「有人晕倒了 快来人」 names no one and no
// place; words a minute later that name whom and where (「是张三家的老人
// 在村口」, with or without an alarm word of their own) are that alarm told
// fully, one commit: the item takes them, the duty chat hears one
// 【突发补充·伤者】 with the household's roster and phone, those asked one
// line; another family's alarm after it is still a second (alarm81).
func TestUnnamedAlarmNamedAfter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "cry", c.say("陈二", "有人晕倒了 快来人"), "【突发事件】青山村三组 #R1")
	got := c.costs(t, 1, "named", bot.Message{Chat: grid3, From: "周八", Text: "是张三家的老人 在村口"})
	has(t, "named", got, "【突发补充·伤者】青山村三组 #R1", "是张三家的老人 在村口", "户主电话：张三 13900000003", "李四", "#R1 补充：是张三家的老人")
	lacks(t, "named", got, "#R2", "【突发事件】")
	reps := c.reports()
	if len(reps) != 1 || !strings.Contains(reps[0].Text, "张三家的老人") || !reps[0].Named() {
		t.Fatalf("stored %+v, want one item that took the words", reps)
	}
	lacks(t, "named twice", c.say("陈二", "张三家的 他爸"), "【突发补充·伤者】")
	has(t, "other family", c.say("王五", "我妈晕倒了 叫不醒"), "【突发事件】青山村三组 #R2")

	d := newChat(t, understand.Rules{})
	has(t, "d cry", d.say("陈二", "有人晕倒了 快来人"), "#R1")
	got = d.costs(t, 1, "alarm named", bot.Message{Chat: grid3, From: "周八", Text: "是张三家的老人晕倒了 在村口"})
	has(t, "alarm named", got, "【突发补充·伤者】青山村三组 #R1")
	lacks(t, "alarm named", got, "#R2", "【突发事件】")

	e := newChat(t, understand.Rules{})
	has(t, "e cry", e.say("陈二", "有人晕倒了 快来人"), "#R1")
	lacks(t, "talk", e.say("周八", "在吃饭"), "【突发补充")
	// the named alarm of another's household stays apart (alarm79)
	f := newChat(t, understand.Rules{})
	has(t, "f own", f.say("张三", "低血糖晕倒了 快来人"), "#R1")
	lacks(t, "f other", f.say("周八", "是陈二家的老人 在村口"), "【突发补充·伤者】")
}

// TestUnlistedReporterAsked: a group name the roster does not know raises
// an alarm: the duty post says so and where to ask him, the group asks him
// for the place and a phone; his answer with a number reaches the duty
// chat (not the stranger-ad path) and the item keeps it (alarm81).
func TestUnlistedReporterAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("刘大勇", "后山着火了")
	has(t, "alarm", got, "报告人：刘大勇（群昵称，不在名册，没有电话，请在「"+grid3+"」里问清具体位置和电话）", "刘大勇，名册里没有您的电话")
	got = c.costs(t, 1, "answer", bot.Message{Chat: grid3, From: "刘大勇", Text: "在村口小卖部后面 13812345678"})
	has(t, "answer", got, "【突发补充·报告人】青山村三组 #R1", "留的电话：13812345678", "值班人员会打这个电话联系您")
	lacks(t, "answer", got, "广告")
	reps := c.reports()
	if len(reps) != 1 || !reps[0].Unlisted || reps[0].LeftPhone() != "13812345678" {
		t.Fatalf("stored %+v, want the unlisted reporter's number kept", reps)
	}
	d := newChat(t, understand.Rules{})
	lacks(t, "listed", d.say("张三", "后山着火了"), "不在名册", "名册里没有您")
}
