package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficeAsksTheGridInItsGroup: 问网格 #R 问题 (or quoting the bot's
// message about the item, 问 问题) posts the question in the item's grid
// group @-naming its leader and records it on the item; the leader's
// answer, quoting that post or 「答复 #R …」, is the item's 进展 and goes
// back to the office's chat. A quarrel's question goes to its cadres
// privately, as its other notes.
func TestOfficeAsksTheGridInItsGroup(t *testing.T) {
	c := lampWithTownship(t)
	got := c.in(officeChat, "孙七", "问网格 #R1 电工联系上了吗")
	expect(t, "asked", got,
		officeChat+": #R1 已在青山村三组网格群问网格长李四：电工联系上了吗\n网格长李四回复后会发到本群。",
		grid3+": 【镇里问】青山村三组 #R1（村口路灯坏了）\n孙七：电工联系上了吗\n@李四\u2005请回复「答复 #R1 情况」（引用本条直接回复也行），会转给镇里。")
	ask, ok := c.reports()[0].OpenAsk()
	if !ok || ask.Note != "电工联系上了吗" || ask.By != "孙七" {
		t.Fatalf("the question is not on the item: %+v %v", ask, ok)
	}
	got = c.say("李四", "答复 #R1 电工明天上午来")
	has(t, "answered", got, grid3+": #R1 进展已记录：电工明天上午来\n已转给镇里（答复孙七的提问）。", officeChat+": 【青山村三组】#R1", "电工明天上午来")
	if _, ok := c.reports()[0].OpenAsk(); ok {
		t.Errorf("the leader's 答复 did not answer the question")
	}

	// quoting the item's message, 问 …; answered quoting the group post
	quoted := "【网格上报】青山村三组 #R1（一般性工作）"
	got = c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "问 电工几点到", Quote: &bot.Quote{Name: "网格小助手", Text: quoted}})
	has(t, "quoted", got, grid3+": 【镇里问】青山村三组 #R1（村口路灯坏了）\n孙七：电工几点到")
	var post string
	for _, o := range got {
		if strings.HasPrefix(o, grid3+": ") {
			post = strings.TrimPrefix(o, grid3+": ")
		}
	}
	got = c.send(bot.Message{Chat: grid3, From: "李四", Text: "九点左右", Quote: &bot.Quote{Name: "网格小助手", Text: post}})
	has(t, "answered quoting", got, officeChat+": 【青山村三组】#R1", "九点左右")

	// a quarrel: its cadres privately, not the group
	c.say("陈二", "上报 调解 张三家的鸡吃了我家的菜")
	c.say("李四", "确认 #R2")
	got = c.say("李四", "上报镇 #R2 调解不成")
	has(t, "a quarrel's hint", got, "\n要网格补充情况：引用本条直接问（私信问网格长）。")
	lacks(t, "a quarrel's hint", got, "「问网格")
	got = c.in(officeChat, "孙七", "问网格 #R2 双方现在还吵吗")
	has(t, "a quarrel", got, officeChat+": #R2 已私信问网格长李四", "李四: 【镇里问】")
	inChatLacks(t, "a quarrel", got, grid3, "还吵")

	expect(t, "no question", c.in(officeChat, "孙七", "问网格 #R1"), officeChat+": 请写上要问网格的话")
}

// TestOfficeHearsTheAnswerToItsQuestion: the office's chat hears a grid
// leader's answer to an officer's question (答复 #R …, or quoting the
// question's post) as that answer, naming whose question it answers; a
// later 进展, answering nothing, stays a plain 进展.
func TestOfficeHearsTheAnswerToItsQuestion(t *testing.T) {
	c := lampWithTownship(t)
	c.in(officeChat, "孙七", "问网格 #R1 电工联系上了吗")
	got := c.say("李四", "答复 #R1 电工明天上午来")
	has(t, "答复", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：电工明天上午来，现在「已上报镇」。")

	got = c.in(officeChat, "孙七", "问网格 #R1 电工几点到")
	var post string
	for _, o := range got {
		if strings.HasPrefix(o, grid3+": ") {
			post = strings.TrimPrefix(o, grid3+": ")
		}
	}
	got = c.send(bot.Message{Chat: grid3, From: "李四", Text: "九点左右", Quote: &bot.Quote{Name: "网格小助手", Text: post}})
	has(t, "quoting the question", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：九点左右")

	got = c.say("李四", "进展 #R1 电工已经到了")
	has(t, "a later 进展", got, officeChat+": 【青山村三组】#R1（一般事项）李四 进展：电工已经到了")
	lacks(t, "a later 进展", got, "提问")
}

// TestAnswerAfterTheOfficesQuestionIsAnswered: the bot asked the leader
// to reply 「答复 #R …」 to the township's question; a 答复 that comes
// after the question counts as answered (the office asked twice and he
// answered the private question first, or he adds to his answer) is the
// item's 进展, heard in the office's chat, not refused as "「答复」只用于
// 办事咨询". A 答复 to an item the township never asked about still is.
func TestAnswerAfterTheOfficesQuestionIsAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口小桥栏杆断了", "#R1", "村里没有经费")
	c.in(officeChat, "孙七", "问网格 #R1 断了几米")
	c.in(officeChat, "孙七", "问网格 #R1 有没有别的路可以绕行")
	c.say("李四", "答复 #R1 断了3米左右")
	got := c.say("李四", "答复 #R1 可以从东边机耕道绕")
	has(t, "a second 答复", got, grid3+": #R1 进展已记录：可以从东边机耕道绕", officeChat+": 【青山村三组】#R1", "可以从东边机耕道绕")
	lacks(t, "a second 答复", got, "只用于办事咨询")

	// a bare 答复 in the group, the one item the township is waiting on
	c.in(officeChat, "孙七", "问网格 #R1 什么时候能修")
	got = c.say("李四", "答复 等镇里拨款就修")
	has(t, "a bare 答复", got, grid3+": #R1 进展已记录：等镇里拨款就修", officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：等镇里拨款就修")

	c.say("陈二", "上报 村里垃圾桶满了")
	c.say("李四", "确认 #R2")
	has(t, "never asked", c.say("李四", "答复 #R2 明天清"), "只用于办事咨询")
}
