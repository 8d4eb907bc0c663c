package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestOfficeAsksAfterAPlaceItHasNot: an officer's question after a
// village (or grid) the township does not have is answered with the
// villages it has and their grids, and how to ask, whether or not it
// carries an item's number: said to the bot, or privately, any such
// question; in the office's chat unaddressed, one all about that place
// ("红旗村的事办得怎么样了"). No item of another place is offered for it.
// The office's own talk stays unanswered.
func TestOfficeAsksAfterAPlaceItHasNot(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	const noHongqi = "本镇没有「红旗村」这个村或网格。本镇的村有：青山村（一组、二组、三组）。\n请核对村名再问：看一个网格发「情况 青山村一组」，问一件事写上编号发「查 #R编号」，发「待办」看全镇已上报和突发事项。"
	for _, q := range []string{"@网格小助手 红旗村的事办得怎么样了", "红旗村的事办得怎么样了", "请问红旗村的事怎么样了", "红旗村怎么样了",
		"@网格小助手 红旗村路灯的事怎么样了", "红旗村三组的事怎么样了"} {
		expect(t, q, c.in(officeChat, "孙七", q), officeChat+": "+noHongqi)
	}
	// read as 待办 红旗村: the township's grids
	expect(t, "its list", c.in(officeChat, "孙七", "@网格小助手 红旗村有什么没办完的"), officeChat+": 没有找到「红旗村」这个村或网格。本镇的网格有：青山村一组、青山村二组、青山村三组。")
	expect(t, "privately", c.private("孙七", "红旗村的事怎么样了"), "孙七: "+noHongqi)
	expect(t, "a grid its village has not", c.in(officeChat, "孙七", "青山村五组怎么样了"), officeChat+": 本镇没有「五组」这个村或网格。")
	expect(t, "with a number, as before", c.in(officeChat, "孙七", "红旗村 #R1 怎么样了"), officeChat+": 本镇没有红旗村，本镇的村：青山村。")
	for _, talk := range []string{"四组水库情况怎么样了呢大家", "明天下村看看怎么样了", "红旗村路灯的事怎么样了", "三组怎么样了"} {
		silent(t, "office talk "+talk, c.in(officeChat, "孙七", talk))
	}
	lacks(t, "a villager", c.say("陈二", "红旗村的事怎么样了"), "本镇没有")
}

// TestTownshipReturnsWhatTheGridSentUpItself: a leader who sent a new
// item up himself (上报镇 without 确认) decided on it: sent back, it is
// his to work on (处理中), on the time to resolve it; only an item the
// overdue job filed because nobody took it on goes back to 待受理
// (TestReplayReturnedUntaken).
func TestTownshipReturnsWhatTheGridSentUpItself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	has(t, "sent back", c.in(officeChat, "孙七", "退回 #R1 路灯归村里管"), "由网格长李四接着办，期限")
	if r := c.reports()[0]; r.Status != village.StatusInProgress || r.UpUntaken() {
		t.Errorf("sent back: %s, want in_progress", r.Status)
	}
}

// TestTownshipAsksAfterItSentItBack: the township may still ask the grid
// (镇里问) about an item it sent back: the question goes to the grid's
// leader as for an item it has, and the grid's 进展 answers it. Of an item
// resolved, closed, rejected or merged nobody of the grid is asked: the
// officer hears how it ended and whom to call, not a villager's 请重新上报.
func TestTownshipAsksAfterItSentItBack(t *testing.T) {
	c := lampWithTownship(t)
	c.in(officeChat, "孙七", "退回 #R1 路灯归村里管，请村里找电工")
	expect(t, "asked after it was sent back", c.in(officeChat, "孙七", "R1 电工联系上了吗"),
		officeChat+": #R1 已私信问网格长李四：电工联系上了吗\n网格长李四回复后会发到本群。",
		"李四: 【镇里问】青山村三组 #R1（村口路灯坏了）\n孙七：电工联系上了吗")
	if _, ok := c.reports()[0].OpenAsk(); !ok {
		t.Errorf("the question asked after the 退回 waits for no answer")
	}
	c.say("李四", "进展 #R1 电工明天来")
	if _, ok := c.reports()[0].OpenAsk(); ok {
		t.Errorf("the grid's 进展 did not answer the question")
	}

	c.upToTownship("陈二", "上报 垃圾桶满了没人清", "#R2", "要镇环卫")
	c.in(officeChat, "孙七", "退回 #R2 村保洁员负责")
	c.say("李四", "办结 #R2 已清运")
	c.say("陈二", "满意 #R2")
	got := c.in(officeChat, "孙七", "R2 清运的费用谁出的？")
	expect(t, "closed", got, officeChat+": #R2 现在是「已完结」（今天")
	has(t, "closed", got, "陈二 确认满意），这件事已经结束，这句没有转给网格。\n要问情况请直接打电话，网格长：李四 13900000004；发「查 #R2」看全部记录。")
	lacks(t, "closed", got, "上报", "【镇里问】")

	// rejected: a grid's own item (never sent up) as one sent up, and a
	// false alarm the duty officer called off
	c.say("张三", "上报 邻居家狗老叫")
	c.say("李四", "驳回 #R3 不属于网格管")
	c.in("青山村一组网格群", "陈桂兰", "快来人 后山着火了，烟很大")
	c.in(dutyChat, "孙七", "驳回 #R4 误报，是烧秸秆")
	for _, q := range []struct{ text, want string }{
		{"R3 为什么驳回了？", "李四 驳回：不属于网格管），这件事已经结束，这句没有转给网格。\n要问情况请直接打电话，网格长：李四 13900000004；发「查 #R3」看全部记录。"},
		{"R4 是谁烧的秸秆？", "孙七 驳回：误报，是烧秸秆），这件事已经结束，这句没有转给网格。"},
	} {
		got = c.in(officeChat, "孙七", q.text)
		expect(t, q.text, got, "「已驳回」（今天")
		has(t, q.text, got, q.want)
		lacks(t, q.text, got, "重新「上报」", "需要镇干部", "【镇里问】")
	}
}
