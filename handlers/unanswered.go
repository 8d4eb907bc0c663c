package handlers

import (
	"context"
	"regexp"

	"gridbot/understand"
	"gridbot/village"
)

// unanswered files a villager's question said to the bot (an @mention in
// his grid's group, or privately) that no step answered ("@网格小助手
// 村里什么时候发过年的米", "镇上哪天有集"): the menu answers nothing of it.
// It is filed as a question for the grid (an approval item that waits for
// an answer), its leaders told privately (held through quiet hours as any
// private note), the villager told plainly that the bot cannot answer and
// who will. The leader answers with 「答复 #R 内容」 (or by quoting the
// note), which reaches the villager where he asked. One commit, the
// filing's. done is false for what is no question for the grid: a
// greeting, talk about the bot, the weather, a cadre's question.
func (r *Router) unanswered(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if !r.asksTheGrid(t, reading) {
		return false, nil
	}
	t.unanswered = true
	return true, r.report(ctx, t, t.text, village.Approval)
}

// questionNote opens the note that tells the leaders of such a question
// (report.question.leader): quoted, his words are the answer.
const questionNote = "【村民提问】"

// asksTheGrid reports whether t is a villager's question for his grid's
// cadres: a query the reader placed, said in his grid (its group or
// privately), about something other than the bot itself or the weather.
func (r *Router) asksTheGrid(t *turn, reading village.Reading) bool {
	if t.where.kind != inGrid && t.where.kind != inPrivate || t.where.grid == "" || t.quote != nil || t.who.IsCadre() {
		return false
	}
	if reading.Intent != village.IntentQuery || reading.Type == village.Emergency || !understand.IsQuestion(t.text) && !asksSomething(t.text) {
		return false
	}
	return !containsAnyOf(t.text, botTalk...) && len(r.leaderNames(t.where.village, t.where.grid)) > 0
}

// botTalk are words of a question about the bot, the sky or a meal,
// which no grid cadre is to answer: the menu says what the bot does.
var botTalk = []string{"你好", "您好", "你是", "你会", "你能", "你叫", "你在", "你几岁", "机器人", "小助手", "怎么用", "咋用", "干什么的", "干啥的", "有什么用",
	"天气", "下雨", "下雪", "刮风", "几度", "气温", "吃什么", "吃啥", "吃饭", "吃了"}

// ownDoneRe asks whether a thing of the sender's household was done: "我家
// 该交的医保交了没", "俺妈的养老金到账了吗", "我家低保办没办"; not whether
// there is one to have ("我妈八十了 有钱领没").
var ownDoneRe = regexp.MustCompile(`(?:交|缴|办|发|到账|领|打|报销)(?:了|过|好|好了)(?:没有|没得|没|吗)|到账(?:没|吗)|(?:交|缴|办)没(?:交|缴|办)|有没有(?:交|缴|办)`)

// ownWhose say that a thing is the sender's household's.
var ownWhose = []string{"我家", "俺家", "我们家", "咱家", "我的", "俺的", "我妈", "我爸", "俺妈", "俺爹", "俺娘", "我老伴", "我儿子", "我女儿", "我孙子"}

// asksOwnDone reports whether text asks whether a thing of his household
// was done (paid, handled, arrived): its record, which no guide tells.
func asksOwnDone(text string) bool {
	return containsAnyOf(text, ownWhose...) && ownDoneRe.MatchString(text)
}
