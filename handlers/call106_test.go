package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// escalate misses 王奶奶's call on two days, so 李四 is asked to visit.
func escalate(t *testing.T, c *chat) {
	t.Helper()
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "asked to visit", c.private("王五", "回访 王奶奶 未接通"), "李四: 【请上门看看】王奶奶")
}

// TestCall106VisitSent (call106): the leader asked to visit answered in
// his own words 「让王五下午去她家看看」 and was asked whether to register
// it as a report. Now 王五 is sent: he hears whom, her phone and how to
// log it, the call keeps whom; a neighbour sent is told to tell the
// leader, who logs it.
func TestCall106VisitSent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	escalate(t, c)
	c.now = c.now.Add(time.Hour)
	got := c.private("李四", "让王五下午去她家看看")
	lacks(t, "sent", got, "我理解为", "回复「1」登记")
	has(t, "sent", got, "李四: 好的，已私信王五上门看看王奶奶，看完由王五回复「回访 王奶奶 上门 情况」",
		"王五: 【请上门看看】李四请您上门看看王奶奶（电话 13900000001，已连续 2 次电话没接通）：「下午去她家看看」。看完请回复「回访 王奶奶 上门 情况」")
	if call := c.lastCall("王奶奶"); call.VisitBy != "王五" || !strings.Contains(call.Note, "李四请王五上门") {
		t.Errorf("the call does not keep whom he sent: %+v", call)
	}
	has(t, "logged", c.private("王五", "回访 王奶奶 上门 人没事 手机没电了"), "已记录：王奶奶 上门")
}

// TestCall106VisitNeighbourAndSelf (call106): naming her first, a
// neighbour sent; 「我下午过去一趟」 is his own visit, not the usage text.
func TestCall106VisitNeighbourAndSelf(t *testing.T) {
	c := newChat(t, understand.Rules{})
	escalate(t, c)
	c.now = c.now.Add(time.Hour)
	has(t, "neighbour", c.private("李四", "王奶奶那边叫陈二去看看"), "陈二不是网格员，看完告诉您后，请您回复「回访 王奶奶 上门 情况」",
		"陈二: 【请上门看看】李四请您上门看看王奶奶", "看完请告诉李四老人怎么样。")
	got := c.private("李四", "我下午过去一趟")
	lacks(t, "self", got, "可以这样用", "我理解为")
	has(t, "self", got, "李四: 好的，王奶奶（13900000001）的上门看看由您去。看完请回复「回访 王奶奶 上门 情况」。")
}

// TestCall106VisitNotAsked (call106): with no visit asked of him, the same
// words are read as before (no visit answer).
func TestCall106VisitNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "none asked", c.private("李四", "让王五下午去她家看看"), "上门看看")
	// asked more than visitFresh ago, her name unsaid: not taken
	escalate(t, c)
	c.now = c.now.Add(7 * time.Hour)
	lacks(t, "stale", c.private("李四", "我明天过去一趟"), "上门看看由您去")
	has(t, "named", c.private("李四", "王奶奶家我明天过去一趟"), "上门看看由您去")
}

// TestCall106AskAnsweredNamed (call106): a leader's unquoted answer to a
// 【老人问】 that names her and her question is the answer, passed on; her
// name with other words is read as before.
func TestCall106AskAnsweredNamed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	askQuoted(t, c.private("王五", "回访 白凤兰 已通 她问今年过年村里有没有慰问品"))
	c.now = c.now.Add(time.Hour)
	lacks(t, "other words", c.private("李四", "白凤兰家屋顶漏雨"), "老人问·答复")
	c.now = c.now.Add(time.Hour)
	got := c.private("李四", "白凤兰问的慰问品 有的，腊月二十前送")
	lacks(t, "answer", got, "我理解为")
	has(t, "answer", got, "李四: 好的，已转给王五，由王五转告白凤兰。", "王五: 【老人问·答复】李四答复白凤兰问的「今年过年村里有没有慰问品」")
	if call := c.lastCall("白凤兰"); call.AnsweredBy != "李四" {
		t.Errorf("not answered: %+v", call)
	}
}

// TestCall106ColdAndSoonStay (call106): 「家里有点冷」 on a call is her need,
// filed; 「过两天去她闺女家 住到正月初六」 pauses her calls till 初六 is past,
// 「正月十五以后回来」 till 十六.
func TestCall106ColdAndSoonStay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "cold", c.private("王五", "回访 王奶奶 已通 身体还行 家里有点冷"), "王奶奶反映的「家里有点冷」已登记")
	lacks(t, "not cold", c.private("王五", "回访 石德贵 已通 挺好的 屋里不冷"), "已登记")
	c.now = c.now.Add(time.Hour)
	has(t, "soon stay", c.private("王五", "回访 白凤兰 已通 过两天去她闺女家 住到正月初六"), "2月12日（正月初七）起再提醒您打")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "after 十五", c.say("金大海", "我妈去城里我弟那了 正月十五以后回来 电话先别打了"), "2月21日（正月十六）起再打")
}
