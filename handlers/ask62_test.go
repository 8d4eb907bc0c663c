package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestUnansweredQuestionGoesToTheLeader: a villager's question said to
// the bot that no step answers ("@网格小助手 村里什么时候发过年的米") got
// the menu. It is filed for the grid, its leader told privately how to
// answer, the villager told plainly that the bot cannot answer and who
// will; the leader's 「答复 #R1 …」 reaches the group. A greeting still gets
// the menu. The forward is the filing's one commit.
func TestUnansweredQuestionGoesToTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "a greeting", c.say("张三", "@网格小助手\u2005你好"), "可以这样用")
	got := c.say("张三", "@网格小助手\u2005村里什么时候发过年的米")
	has(t, "told plainly", got, "这个我答不了，已转问网格长李四（#R1），会在群里答复您")
	has(t, "leader told privately", got, "李四: 【村民提问】张三在青山村三组网格群问我（#R1）：村里什么时候发过年的米", "「答复 #R1 答复的内容」")
	lacks(t, "no menu", got, "可以这样用")
	has(t, "about the bot", c.say("张三", "@网格小助手\u2005你会干什么"), "可以这样用")
	got = c.private("李四", "答复 #R1 腊月二十上午在村委会发，带户口本")
	has(t, "answered in the group", got, grid3+": ", "腊月二十上午在村委会发")
	// asking nothing a notice tells: the filing's commit alone; asking
	// when, the group's notices are read first (one may tell it)
	has(t, "one trip", c.costs(t, 1, "forward", bot.Message{Chat: grid3, From: "陈二", Text: "@网格小助手\u2005今年村里分红有多少"}),
		"已转问网格长李四（#R2）")
	c.costs(t, 2, "forward after notices", bot.Message{Chat: grid3, From: "陈二", Text: "@网格小助手\u2005村里的路什么时候铺"})
	if reps := c.reports(); len(reps) != 3 || !reps[0].ProcedureAnswered() {
		t.Fatalf("reports = %+v; want R1 answered", reps)
	}
}

// TestUnansweredPrivateQuestion: said privately, the question reaches the
// leader privately, the answer the villager privately, never the group.
func TestUnansweredPrivateQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "镇上哪天有集")
	has(t, "told", got, "陈二: 这个我答不了，已转问网格长李四（#R1），答复后我私信告诉您")
	has(t, "leader", got, "李四: 【村民提问】陈二私信问我（#R1）：镇上哪天有集", "请不要在群里提")
	got = c.private("李四", "答复 #R1 每月逢五逢十")
	has(t, "relayed", got, "陈二: ", "每月逢五逢十", "私信我接着问就行")
	lacks(t, "not in the group", got, grid3+": ")
	// quoting the note, his plain words are the answer
	note := c.private("陈二", "村里的垃圾车哪天来")
	has(t, "second", note, "李四: 【村民提问】陈二私信问我（#R2）")
	got = c.send(bot.Message{Private: true, From: "李四", Text: "每周二、五早上",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【村民提问】陈二私信问我（#R2）：村里的垃圾车哪天来"}})
	has(t, "quoted answer relayed", got, "陈二: ", "每周二、五早上")
	lacks(t, "quoted: not in the group", got, grid3+": ")
}

// TestPrivateQuestionNotAttachedToOpenItem: privately, a villager with an
// open report 「村里的自来水怎么又停了」 asks 「村里什么时候发过年的米」: it
// shares only 村里 with the report, so it is no follow-up of it (it was
// told the handler as 【又来反映】) but a question for the leader. A short
// follow-up that names the report's matter or none is still its.
func TestPrivateQuestionNotAttachedToOpenItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.private("陈二", "村里的自来水怎么又停了"), "已登记 #R1")
	got := c.private("陈二", "村里什么时候发过年的米")
	has(t, "a question", got, "这个我答不了，已转问网格长李四（#R2）", "李四: 【村民提问】陈二私信问我（#R2）：村里什么时候发过年的米")
	lacks(t, "not R1's", got, "又来反映", "刚才说的已转告")
	for _, follow := range []string{"什么时候来修", "怎么还没修"} {
		got = c.private("陈二", follow)
		has(t, follow, got, "#R1（村里的自来水怎么又停了）还在办") // its handler told once an hour
		lacks(t, follow+": no question", got, "这个我答不了")
	}
}

// TestOwnRecordAskedGoesToTheLeader: 「我家该交的医保交了没」 asks his
// household's record, which the 医保 guide does not tell: it got the
// how-to-pay guide; now it goes to the leader as any question the bot
// cannot answer. 「医保怎么交」 still gets the guide.
func TestOwnRecordAskedGoesToTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "@网格小助手\u2005我家该交的医保交了没")
	has(t, "to the leader", got, "这个我答不了，已转问网格长李四（#R1）", "李四: 【村民提问】张三在青山村三组网格群问我（#R1）：我家该交的医保交了没")
	lacks(t, "no guide", got, "怎么办：")
	has(t, "the guide", c.say("陈二", "@网格小助手\u2005医保怎么交"), "【城乡居民医保】怎么办：")
}

// BenchmarkUnansweredQuestion: a villager's question to the bot that
// nothing answers, forwarded to the leader: the filing's one commit (the
// question asks no time or place a notice could tell). Each run's
// earlier question is closed first, so none is asked again.
func BenchmarkUnansweredQuestion(b *testing.B) {
	benchForwardedQuestion(b, "@网格小助手\u2005今年村里第%d笔分红有多少")
}

// benchForwardedQuestion measures 张三's questions to the bot, question
// formatted with the run's number so each is new, that nothing answers
// and that are forwarded to the leader; each run's earlier question is
// rejected first (not measured), so none is asked again.
func benchForwardedQuestion(b *testing.B, question string) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				if i > 0 {
					setup = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: at, Chat: grid3, From: "李四", Text: fmt.Sprintf("驳回 #R%d 已当面答复", i)}}
				}
				return setup, []bot.Message{{ID: fmt.Sprintf("%d-b", i), At: at, Chat: grid3, From: "张三", Text: fmt.Sprintf(question, i+1)}}
			})
		})
	}
}
