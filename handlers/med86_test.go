package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfferWithinTheHourIsTold: the other party's offer of a sum
// (「牛吃麦子的事我最多赔一百」) within the hour of his side being told is
// news for the mediators, told to them at once; before, it was kept
// quietly (keep84's ration), as a repeat of his side would be. The same
// offer again is kept quietly.
func TestOfferWithinTheHourIsTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛又跑到我家麦地里 啃了一大片 说了好几次也不管")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "his side is told", c.say("陈二", "牛吃麦子的事又不是我故意的 牛绳自己断了"), "李四: 【调解提醒】#R1")
	c.now = c.now.Add(5 * time.Minute)
	got := c.costs(t, 1, "offer", bot.Message{Chat: grid3, From: "陈二", Text: "牛吃麦子的事我最多赔一百"})
	has(t, "his offer is told", got, "李四: 【调解提醒】#R1", "最多赔一百", "陈二: ")
	lacks(t, "told, not kept", got, "已记在事项上")
	c.now = c.now.Add(5 * time.Minute)
	silent(t, "the same offer again", c.say("陈二", "牛吃麦子的事 一百块 最多赔一百 多了没有"))
}

// TestPayerAnswersUnkeptReopen: after a settlement was reopened because
// it was not paid, the payer's own words of the payment (「我又没说不给 最近
// 手头紧 过几天再说」) are his side, told to the mediators; before, they
// read as noise and were dropped.
func TestPayerAnswersUnkeptReopen(t *testing.T) {
	c := ditchTaken(t, 0)
	c.say("李四", "办结 #R1 双方达成协议 张三赔陈二300元 三天内付清")
	c.now = c.now.Add(4 * 24 * time.Hour)
	has(t, "reopened", c.say("陈二", "说好三天给钱 到现在300块一分没给 这调解有啥用"), "已重新打开")
	c.now = c.now.Add(10 * time.Minute)
	got := c.costs(t, 1, "his answer", bot.Message{Chat: grid3, From: "张三", Text: "我又没说不给 最近手头紧 过几天再说"})
	has(t, "his side is told", got, "李四: 【调解提醒】#R1 因协议没照做重新打开后，当事人张三在群里说了钱的事", "手头紧")
	c.wantReports(1, "no new item")
	lacks(t, "a bystander's word of money is not his", c.say("周八", "最近手头都紧 过几天再说吧"), "调解提醒")
}
