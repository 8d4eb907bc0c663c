package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// quoting is the bot's message q (its group prefix cut) quoted by from,
// who says text.
func quoting(from, text, q string) bot.Message {
	return bot.Message{Chat: grid3, From: from, Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: strings.TrimPrefix(q, grid3+": ")}}
}

// TestSettledAskAnsweredBesideAnother: the leader, asked whether a quarrel
// is settled while a duplicate question of his own waits, quotes the
// settle question and says 「是」: the quoted question is answered (the
// quarrel's 办结, in one round trip), the duplicate question still waits
// and his next plain 「是」 answers it.
func TestSettledAskAnsweredBesideAnother(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the quarrel", c.say("张三", "陈二家的牛把我家玉米踩了 他不肯赔"), grid3+": 已登记 #R1（调解事项）")
	expect(t, "the lamp", c.say("张三", "上报 村口路灯坏了 晚上黑漆漆的"), grid3+": 已登记 #R2")
	has(t, "duplicate", c.say("李四", "上报 村口的路灯坏了 晚上看不见"), "#R2", "回复「是」合并")
	c.wantWaiting("dup asked", "李四", "dup R2")
	q := c.say("李四", "R1 两家谈好了")
	has(t, "settle asked", q, "直接引用这条回「是」")
	got := c.costs(t, 1, "是 quoting the settle question", quoting("李四", "是", q[0]))
	has(t, "是 quoting the settle question", got, "李四: #R1 已办结：两家谈好了")
	lacks(t, "是 quoting the settle question", got, "合并", "有几件事在等您回答")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, village.StatusNew)
	c.wantWaiting("dup left", "李四", "dup R2")
	c.say("李四", "是")
	c.wantWaiting("dup answered", "李四")
}

// TestQuotedDuplicateQuestionDecides: two duplicate questions wait for a
// villager (two items he reported again); a plain 「是」 is asked back,
// but 「是」 quoting one of the questions merges into the item it asks
// about, and the other still waits.
func TestQuotedDuplicateQuestionDecides(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the lamp", c.say("张三", "上报 村口路灯坏了 晚上黑漆漆的"), grid3+": 已登记 #R1")
	expect(t, "the dog", c.say("张三", "上报 后山养殖场的狗半夜一直叫 吵得睡不着"), grid3+": 已登记 #R2")
	lamp := c.say("陈二", "上报 村口的路灯坏了 晚上看不见")
	has(t, "lamp again", lamp, "#R1", "回复「是」合并")
	has(t, "dog again", c.say("陈二", "上报 后山养殖场的狗一直叫 吵得睡不着"), "#R2", "回复「是」合并")
	c.wantWaiting("both asked", "陈二", "dup R1", "dup R2")
	has(t, "plain 是", c.say("陈二", "是"), "有几件事在等您回答")
	c.wantWaiting("plain 是", "陈二", "dup R1", "dup R2")
	got := c.costs(t, 1, "是 quoting the lamp's question", quoting("陈二", "是", lamp[0]))
	has(t, "是 quoting the lamp's", got, "#R1")
	lacks(t, "是 quoting the lamp's", got, "有几件事在等您回答")
	c.wantWaiting("lamp's answered", "陈二", "dup R2")
}

// TestQuotedQuestionWordOfAnother: with a confirm-back and a duplicate
// question waiting, 「1」 quoting the duplicate question is still the
// confirm-back's word (the quote names the item, the word the kind): the
// pothole is filed and the duplicate question waits; 「是」 quoting it
// then merges.
func TestQuotedQuestionWordOfAnother(t *testing.T) {
	c := waitingChat(t)
	has(t, "confirm-back", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	dup := c.say("陈二", "上报 村口的路灯坏了 晚上看不见")
	has(t, "duplicate", dup, "已有人反映 #R1", "回复「是」合并")
	has(t, "1 quoting the duplicate question", c.send(quoting("陈二", "1", dup[0])), grid3+": 已登记 #R2")
	c.wantWaiting("1 answered", "陈二", "dup R1")
	has(t, "是 quoting it", c.send(quoting("陈二", "是", dup[0])), "#R1", "合并")
	c.wantWaiting("是 answered", "陈二")
}

// TestTownshipQuestionQuotedBesideAnother: the leader, asked by the
// township in the group (【镇里问】) while a duplicate question of his
// waits, answers 「是」 quoting the township's question: it goes to the
// township as his answer, and the duplicate question still waits.
func TestTownshipQuestionQuotedBesideAnother(t *testing.T) {
	c := lampWithTownship(t)
	has(t, "the dog", c.say("张三", "上报 后山养殖场的狗半夜一直叫 吵得睡不着"), "#R2")
	has(t, "duplicate", c.say("李四", "上报 后山养殖场的狗一直叫 吵得睡不着"), "#R2", "回复「是」合并")
	c.wantWaiting("dup asked", "李四", "dup R2")
	var post string
	for _, o := range c.in(officeChat, "孙七", "问网格 #R1 电工联系上了吗") {
		if strings.HasPrefix(o, grid3+": ") {
			post = o
		}
	}
	got := c.send(quoting("李四", "是", post))
	has(t, "是 quoting the township's question", got, officeChat+": 【青山村三组】#R1")
	lacks(t, "是 quoting the township's question", got, "合并")
	c.wantWaiting("dup left", "李四", "dup R2")
}

// TestQuotedConfirmBackAnswered: 「是」 quoting the bot's confirm-back
// question (its message names no item) while a duplicate question waits
// files the matter the quote asks about, not a merge; with two
// confirm-backs waiting, 「1」 quoting one files that one alone.
func TestQuotedConfirmBackAnswered(t *testing.T) {
	c := waitingChat(t)
	cb := c.say("陈二", "东头那条路有个坑")
	has(t, "confirm-back", cb, "回复「1」登记")
	has(t, "duplicate", c.say("陈二", "上报 村口的路灯坏了 晚上看不见"), "已有人反映 #R1", "回复「是」合并")
	got := c.send(quoting("陈二", "是", cb[0]))
	has(t, "是 quoting the confirm-back", got, grid3+": 已登记 #R2", "东头那条路有个坑", "和 #R1 是同一件事回「是」")
	lacks(t, "是 quoting the confirm-back", got, "已合并")
	c.wantWaiting("confirm-back answered", "陈二", "dup R1")

	dog := c.say("张三", "后山养殖场的狗半夜一直叫 吵得睡不着")
	has(t, "first confirm-back", dog, "回复「1」登记")
	has(t, "second confirm-back", c.say("张三", "东头那个桥的栏杆松了"), "回复「1」登记")
	got = c.send(quoting("张三", "1", dog[0]))
	has(t, "1 quoting the dog's", got, "已登记 #R3", "狗")
	lacks(t, "1 quoting the dog's", got, "已登记 #R4")
	c.wantWaiting("the other confirm-back", "张三", "confirm ")
	has(t, "plain 1", c.say("张三", "1"), "已登记 #R4", "栏杆")
	c.wantWaiting("all answered", "张三")
}

// TestQuotedResolvedAskBesideConfirmBack: the reporter, asked to confirm
// his item's 办结 while his confirm-back of another matter waits, says
// 「是」 quoting the 办结 message: the answer is to the message quoted
// (his two answers shown for #R1), not a filing of the matter waiting,
// which his plain 「1」 then files.
func TestQuotedResolvedAskBesideConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "the lamp", c.say("张三", "上报 村口路灯坏了 晚上黑漆漆的"), "#R1")
	c.say("李四", "确认 #R1")
	done := c.say("李四", "办结 #R1 换了新灯泡")
	has(t, "办结", done, "满意 #R1")
	has(t, "confirm-back", c.say("张三", "东头那条路有个坑"), "回复「1」登记")
	got := c.send(quoting("张三", "是", done[0]))
	has(t, "是 quoting the 办结", got, "#R1 已办结，在等您确认")
	lacks(t, "是 quoting the 办结", got, "已登记")
	c.wantWaiting("confirm-back left", "张三", "confirm ")
	has(t, "plain 1", c.say("张三", "1"), "已登记 #R2")
}
