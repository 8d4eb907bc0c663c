package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

const notice70 = "通知 明天上午9点在村委会打新冠疫苗 60岁以上老人请带身份证"

// TestTakingPartAskedOfNotice: 陈二's 「我妈腿脚不好去不了 能上门打吗」
// shares no word with the vaccination notice, yet asks of taking part in
// it: passed to the grid's worker as 张三's question naming the notice is,
// in one round trip, and his household counted as having seen it. The
// family (能不能代领, 我家算不算, 去不了怎么办) goes the same way; talk and
// matters of other things do not, nor the same question two days on
// (notice70).
func TestTakingPartAskedOfNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	lacks(t, "before any notice", c.say("郑十", "去不了怎么办"), "通知提问", "转给网格员")
	c.office(notice70)
	c.say("张三", "收到")
	got := c.costs(t, 1, "陈二's question", bot.Message{Chat: grid3, From: "陈二", Text: "我妈腿脚不好去不了 能上门打吗"})
	expect(t, "陈二's question", got,
		grid3+": @陈二\u2005您问的「我妈腿脚不好去不了 能上门打吗」是通知 #N1 的事，已转给网格员王五，会在群里回复您。",
		"王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事：我妈腿脚不好去不了 能上门打吗\n请在群里回复陈二；")
	has(t, "counted", c.office("查 #N1"), "青山村三组：已收到 2/")
	for _, q := range []string{"能不能代领", "我家算不算", "去不了怎么办", "能不能让我儿子代她去", "几点结束"} {
		has(t, q, c.say("郑十", q), "王五: 【通知提问】郑十在青山村三组网格群问通知 #N1 的事："+q)
	}
	for _, talk := range []string{"我家狗丢了怎么办", "他去不了吗", "我妈去不了医院 能帮忙叫个车吗", "还要等多久"} {
		lacks(t, talk, c.say("赵六", talk), "通知提问", "转给网格员")
	}
	has(t, "a report stays a report", c.say("赵六", "路灯什么时候修"), "路灯")
	c.now = c.now.Add(49 * time.Hour)
	lacks(t, "two days on", c.say("谢明", "去不了怎么办"), "通知提问", "转给网格员")
}

// TestPassedOnToAnother: 「王奶奶那边我告诉她了」 from 张三 is his household's
// 收到 (he read it) but not 王奶奶's: he is thanked and told so, in one
// round trip. 「我跟我妈说了」 from 陈二 is his household's 收到, silent as
// a 收到 in the group is. 周八, who keeps the points shop, is a neighbour
// like any (his word was silent while every post barred it). Before any notice, or two days after it, the
// same words are talk (notice70).
func TestPassedOnToAnother(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	lacks(t, "before any notice", c.say("张三", "王奶奶那边我告诉她了"), "收到", "转告")
	has(t, "no notice counted", c.office(notice70), "#N1")
	c.say("赵六", "收到")
	got := c.costs(t, 1, "张三's word", bot.Message{Chat: grid3, From: "张三", Text: "王奶奶那边我告诉她了"})
	expect(t, "张三's word", got,
		grid3+": @张三\u2005谢谢您转告王奶奶！已记下您家收到了通知 #N1；王奶奶家还不算收到，网格员王五会再确认。")
	expect(t, "陈二's word: his household's 收到, silent", c.costs(t, 1, "陈二's word", bot.Message{Chat: grid3, From: "陈二", Text: "我跟我妈说了"}))
	has(t, "周八's word: the shop's keeper is a neighbour", c.costs(t, 1, "周八's word", bot.Message{Chat: grid3, From: "周八", Text: "石德贵那边我告诉他了"}),
		"谢谢您转告石德贵！已记下您家收到了通知 #N1；石德贵家还不算收到")
	has(t, "张三's, 陈二's and 周八's households, not 王奶奶's nor 石德贵's", c.office("查 #N1"),
		"青山村三组：已收到 4/9 户，没回：王奶奶户（张三说已转告）、郑十户、石德贵户（周八说已转告）")
	c.now = c.now.Add(49 * time.Hour)
	lacks(t, "two days on", c.say("周八", "王奶奶那边我告诉她了"), "转告", "收到")
}
