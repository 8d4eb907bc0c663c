package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestProgressOfferNeverMind: 「没事了」 (算了, 不用了) to 「要把「…」记到
// #R1 上吗？回复「1」就照「进展 #R1 …」记下」 records nothing: no 进展,
// no new item; 「1」 afterwards asks nothing.
func TestProgressOfferNeverMind(t *testing.T) {
	for _, word := range []string{"没事了", "算了", "不用了"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯坏了好几天了")
		has(t, "asked", c.say("王五", "#R1已经联系电工"), "要把「已经联系电工」记到 #R1 上吗")
		got := c.say("王五", word)
		lacks(t, word, got, "#R2", "进展已记录")
		has(t, word, got, "没有照办")
		if n := len(c.reports()); n != 1 {
			t.Errorf("%s: %d items, want #R1 alone", word, n)
		}
		if h := c.reports()[0].History; len(h) != 1 {
			t.Errorf("%s: #R1 history %+v: want nothing noted", word, h)
		}
	}
}

// TestNewsOfOwnNeverMind: 「没事了」 (算了, 不用了) to 「是 #R1（…）的进展吗？
// 回复「1」记上，「2」另外登记」 notes nothing and files nothing; 「2」 still
// files apart.
func TestNewsOfOwnNeverMind(t *testing.T) {
	for _, word := range []string{"没事了", "算了", "不用了"} {
		c := newChat(t, understand.Rules{})
		c.say("王五", "代报 王奶奶 屋顶漏雨")
		has(t, "asked", c.private("王五", "奶奶家屋顶看了 瓦碎了几块"), "是 #R1（屋顶漏雨）的进展吗")
		got := c.private("王五", word)
		has(t, word, got, "不另外登记，也没有记到 #R1 上。#R1 照常在办")
		lacks(t, word, got, "#R2", "进展已记录")
		c.wantReports(1, word+": nothing filed")
		if h := c.reports()[0].History; len(h) != 1 {
			t.Errorf("%s: #R1 history %+v: want nothing noted", word, h)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("王五", "代报 王奶奶 屋顶漏雨")
	has(t, "asked in the group", c.say("王五", "王奶奶家屋顶瓦换了几块 还有点漏"), "是 #R1（屋顶漏雨）的进展吗")
	got := c.costs(t, 1, "never mind in the group", bot.Message{Chat: grid3, From: "王五", Text: "算了"})
	has(t, "group", got, grid3+": 好的，「王奶奶家屋顶瓦换了几块 还有点漏」不另外登记，也没有记到 #R1 上")
	c = newChat(t, understand.Rules{})
	c.say("王五", "代报 王奶奶 屋顶漏雨")
	c.private("王五", "奶奶家屋顶看了 瓦碎了几块")
	has(t, "no", c.private("王五", "不是"), "#R2")
}

// TestPrivateChaseTellsLeader: a villager's chase sent privately reaches
// the leader as a chase: he is asked to ask the office on the villager's
// behalf (with the guide's 时限) and to 确认, as the group chase asks.
func TestPrivateChaseTellsLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "我家的低保什么时候能批下来 都交材料一个月了")
	has(t, "villager", got, "陈二: 已登记 #R1（办事咨询·催办）", "已私下转给网格长李四，会帮您向经办部门问问进度")
	has(t, "leader", got, "李四: 【私信反映】陈二 反映 #R1（办事咨询·催办）",
		"【低保】时限：一般受理后30个工作日内办结", "陈二已经申请过了，请向经办部门问问进度，私信我回复「确认 #R1」受理")
	// a plain approval question asked privately is no chase
	got = c.private("刘大妈", "低保多久能批下来")
	lacks(t, "not applied", got, "催办", "问问进度")
}

// TestGroupAskedPlainAnswerTakeBackHint: the leader's plain private words
// taken as his answer to a 问网格 asked in the group hear the same
// 「不是答复」 hint as an answer to a question asked privately, and the
// take-back works.
func TestGroupAskedPlainAnswerTakeBackHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.office("问网格 #R1 电工联系上了吗？")
	got := c.private("李四", "明天找人来弄")
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：明天找人来弄",
		"李四: ", "不是答复的话，回复「不是答复」撤回。")
	has(t, "taken back", c.private("李四", "不是答复"), "李四: 已撤回给镇里的答复：「明天找人来弄」",
		grid3+": 【青山村三组】#R1（一般事项）李四撤回了刚才的答复")
	// privately asked: the hint as before
	c = lampAskedOfLeader(t)
	has(t, "aside", c.private("李四", "明天找人来弄"), "不是答复的话，回复「不是答复」撤回。")
}
