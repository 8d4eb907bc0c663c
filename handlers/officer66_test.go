package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficerTakesInPlainWords: an officer's plain words taking on an
// item sent up (「R1我来跟」, 「这个我找城建办联系一下」 right after its
// 【网格上报】, 「我来处理」 quoting it) are the township's 确认 with his
// words as the note, the grid told as for the typed 确认, at its cost in
// round trips; a department of the township named is his 指派 to it.
// Talk in the office (「我来晚了」「这个会我来开」「我联系一下食堂」) is left
// alone, and so are taking words with no item sent up.
func TestOfficerTakesInPlainWords(t *testing.T) {
	typed := lampWithTownship(t)
	want, _ := typed.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "确认 #R1 我来跟"})
	for _, tc := range []struct {
		name  string
		m     bot.Message
		wants []string
	}{
		{"numbered", bot.Message{Chat: officeChat, From: "孙七", Text: "R1我来跟"},
			[]string{officeChat + ": 按孙七的回复，#R1 镇里已接手：由孙七负责协调，李四配合", "孙七：我来跟", grid3 + ": 按孙七的回复，#R1 镇里已接手"}},
		{"unit after the post", bot.Message{Chat: officeChat, From: "孙七", Text: "这个我找城建办联系一下"},
			[]string{officeChat + ": 按孙七的回复，#R1 镇里已接手", "孙七：这个我找城建办联系一下", grid3 + ": 按孙七的回复，#R1 镇里已接手"}},
		{"quoted", bot.Message{Chat: officeChat, From: "孙七", Text: "我来处理", Quote: &bot.Quote{Name: "网格小助手", Text: "【网格上报】青山村三组 #R1（一般事项）\n内容：村口路灯坏了"}},
			[]string{grid3 + ": 按孙七的回复，#R1 镇里已接手", "孙七：我来处理"}},
		{"department", bot.Message{Chat: officeChat, From: "孙七", Text: "这个交给我 我联系一下司法所"},
			[]string{officeChat + ": #R1 已转交司法所（", grid3 + ": #R1 镇里已转交司法所办理，孙七跟进"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := lampWithTownship(t)
			has(t, tc.name, c.send(tc.m), tc.wants...)
		})
	}

	// the office's items as the process follows them, read once: the
	// next such words cost what the typed 确认 does
	c := lampWithTownship(t)
	c.in(officeChat, "孙七", "我来跟")
	c.upToTownship("王五", "上报 三组桥头下水道堵了", "#R2", "主管网堵了")
	c.costs(t, want, "words as 确认", bot.Message{Chat: officeChat, From: "孙七", Text: "这个我找城建办联系一下"})

	c = lampWithTownship(t)
	for _, talk := range []string{"我来晚了", "这个会我来开", "我联系一下食堂", "我负责不了"} {
		if got := c.in(officeChat, "孙七", talk); len(got) > 0 {
			t.Errorf("%s: %q, want silence", talk, got)
		}
	}
	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	if got := c.in(officeChat, "孙七", "这个我找城建办联系一下"); len(got) > 0 {
		t.Errorf("nothing sent up: %q, want silence", got)
	}
}

// TestOfficerTakesWhichOfTwo: with two items sent up untaken, 「我来跟」
// asks which, numbered; his 「2」 is the township's 确认 of that one.
func TestOfficerTakesWhichOfTwo(t *testing.T) {
	c := lampWithTownship(t)
	c.upToTownship("王五", "上报 三组桥头下水道堵了", "#R2", "主管网堵了")
	has(t, "asked", c.in(officeChat, "孙七", "我来跟"), officeChat+": 孙七，您说的「我来跟」是哪一件？请回复数字：\n「1」#R1", "「2」#R2", "回「1」就由镇里接手 #R1")
	has(t, "picked", c.in(officeChat, "孙七", "2"), grid3+": 按孙七的回复，#R2 镇里已接手", "孙七：我来跟")
	if got := c.in(officeChat, "孙七", "我来跟"); len(got) == 0 {
		t.Errorf("R1 still waits: silence")
	}
}
