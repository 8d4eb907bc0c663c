package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNoticeAnswersItsOwnQuestion: a villager's question about the notice
// open in his grid that its text answers (its time, place, what to bring)
// is answered at once with the notice's words, its 明天 as a date, and no
// worker is bothered; asked the next day, 明天 reads 今天. What the notice
// does not say ("补贴多少钱", "谁可以领") goes to the worker as before
// (nq59).
func TestNoticeAnswersItsOwnQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 明天上午9点到村委会领取冬季取暖补贴 请带身份证")
	const answer = grid3 + ": @%s\u2005通知 #N1 写的是：12月8日（%s）上午9点到村委会领取冬季取暖补贴，请带身份证。还有不清楚的，请问网格员王五。"
	expect(t, "its time", c.say("张三", "明天几点去领"), fmt.Sprintf(answer, "张三", "明天"))
	got := c.costs(t, 2, "answered (the group's notices read, then one commit)", bot.Message{Chat: grid3, From: "陈二", Text: "要带什么"})
	expect(t, "what to bring", got, fmt.Sprintf(answer, "陈二", "明天"))
	for _, q := range []string{"在哪领", "什么时候领啊"} {
		expect(t, q, c.say("陈二", q), fmt.Sprintf(answer, "陈二", "明天"))
	}
	for _, q := range []string{"补贴多少钱", "谁可以领", "哪些人可以领"} {
		expect(t, q, c.say("陈二", q),
			grid3+": @陈二\u2005您问的「"+q+"」是通知 #N1 的事，已转给网格员王五，会在群里回复您。",
			"王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事："+q+"\n请在群里回复陈二；通知里没写清楚的，可以问发通知的人（发「查 #N1」看通知）。")
	}
	has(t, "the askers' households counted as seen (elder64)", c.office("查 #N1"), "青山村三组：已收到 2/")
	c.now = c.now.Add(22 * time.Hour) // 07:00 on the 8th
	expect(t, "asked the day after it was posted", c.say("张三", "几点去领"), fmt.Sprintf(answer, "张三", "今天"))
}

// TestNoticeOfNoWaterAsked: after a notice of 停水, 「几点来水」 is a
// question about it, answered by its hours; 「停水了怎么办」 it does not
// answer and is passed on; a notice that says to store water answers it
// (nq59).
func TestNoticeOfNoWaterAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	lacks(t, "no notice open", c.say("张三", "几点来水"), "通知")
	c.office("通知 全镇 明天8点到12点停水检修")
	expect(t, "when the water comes back", c.say("张三", "几点来水"),
		grid3+": @张三\u2005通知 #N1 写的是：12月8日（明天）8点到12点停水检修。还有不清楚的，请问网格员王五。")
	has(t, "what to do: not in the notice", c.say("陈二", "停水了怎么办"), "王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事：停水了怎么办")
	c.office("通知 全镇 后天上午停电，请提前备好照明")
	expect(t, "what to do, said as 咋办", c.say("陈二", "停电了咋办"),
		grid3+": @陈二\u2005通知 #N2 写的是：12月9日（后天）上午停电，请提前备好照明。还有不清楚的，请问网格员王五。")
	c.office("通知 全镇 后天上午再停水一次，请提前储水")
	expect(t, "what to do: in the notice", c.say("陈二", "停水了怎么办"),
		grid3+": @陈二\u2005通知 #N3 写的是：12月9日（后天）上午再停水一次，请提前储水。还有不清楚的，请问网格员王五。")
}

// TestNoticeAnswerNamesNothingElse: a question naming what the notice
// does not ("领补贴要带户口本吗") or asking what it does not tell is not
// answered from it; a long notice is quoted by the clauses that answer
// (nq59).
func TestNoticeAnswerNamesNothingElse(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 本周六上午9点在村委会开展免费体检，65岁以上老人请带身份证和医保卡参加，体检前一天晚上十点后不要吃东西，" +
		"当天早上空腹，有高血压的老人照常吃药，行动不便的可以让家属陪同，有疑问请联系村医")
	lacks(t, "names 户口本", c.say("张三", "体检要带户口本吗"), "写的是")
	expect(t, "a long notice: the clause that answers", c.say("陈二", "几点开始啊"),
		grid3+": @陈二\u2005通知 #N1 写的是：本周六上午9点在村委会开展免费体检，体检前一天晚上十点后不要吃东西，当天早上空腹。还有不清楚的，请问网格员王五。")
	lacks(t, "is not about the notice", c.say("陈二", "明天几点开会"), "写的是", "通知提问")
	lacks(t, "asks of its results", c.say("陈二", "体检结果什么时候出来"), "写的是")
	has(t, "what it costs", c.say("郑十", "体检要交钱吗"), "写的是：本周六上午9点在村委会开展免费体检。")
}

// TestNoticeAnswerAskedOfTheBot: the same question said to the bot
// (「@网格小助手 明天几点去领」) is answered from the notice too, not with
// the menu; one asking nothing a notice tells still gets the menu without
// a read (nq59).
func TestNoticeAnswerAskedOfTheBot(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 明天上午9点到村委会领取冬季取暖补贴 请带身份证")
	expect(t, "asked of the bot", c.say("陈二", "@网格小助手 明天几点去领"),
		grid3+": @陈二\u2005通知 #N1 写的是：12月8日（明天）上午9点到村委会领取冬季取暖补贴，请带身份证。还有不清楚的，请问网格员王五。")
	got := c.costs(t, 1, "the menu, no read", bot.Message{Chat: grid3, From: "张三", Text: "@网格小助手 你好"})
	lacks(t, "the menu", got, "写的是")
}
