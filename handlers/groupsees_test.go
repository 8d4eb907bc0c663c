package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCadreComplaintInGroupStaysQuiet: a complaint of a cadre's conduct
// said in the grid group, where the cadres read along, goes to the
// township as one said privately does; the group hears only that the
// villager was answered privately, nothing of the complaint, its number
// or the township; he hears privately that it went to the township in
// confidence and what comes next.
func TestCadreComplaintInGroupStaysQuiet(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "我要投诉我们组的网格员 收了人家的红包才给办")
	has(t, "the township", got, officeChat+": 【群众反映·涉及村干部】青山村三组 #R1")
	has(t, "the villager privately", got, "陈二: 已登记 #R1：说的是村干部的事，已直接转给镇里", "保密", "群里")
	has(t, "the group", got, grid3+": 陈二，已私信回复您。")
	inChatLacks(t, "the group", got, grid3, "村干部", "镇里", "#R1", "投诉", "红包")
}

// TestPrivateAskAnsweredPrivately: the township's question asked of the
// leader privately (quoting the office's message) is answered back to
// the office and to him, not announced in the group: answered privately,
// the group hears nothing; answered in the group with 进展, the bot's
// group reply does not tell whose question it answers.
func TestPrivateAskAnsweredPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	quote := &bot.Quote{Name: "网格小助手", Text: "【网格上报】青山村三组 #R1（一般事项）\n内容：路边电线杆歪了"}
	c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "电线压到了没有？", Quote: quote})
	got := c.send(bot.Message{Private: true, From: "李四", Text: "没有压到 已经拉了警戒线",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【镇里问】青山村三组 #R1（路边电线杆歪了）\n孙七：电线压到了没有？"}})
	has(t, "answered privately", got, "李四: #R1 进展已记录：没有压到", officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：没有压到")
	for _, o := range got {
		if strings.HasPrefix(o, grid3+": ") {
			t.Errorf("the group hears the answer to a private question: %q", o)
		}
	}

	c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "供电所的人到了没有", Quote: quote})
	got = c.say("李四", "进展 #R1 供电所的人到了 在扶")
	has(t, "answered in the group", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：供电所的人到了")
	inChatLacks(t, "answered in the group", got, grid3, "镇里", "孙七", "提问")
}

// TestOfficeHelpListsAskingTheGrid: the office's 帮助 tells how to ask a
// grid (问网格) and how the answer comes back (答复).
func TestOfficeHelpListsAskingTheGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "office menu", c.in(officeChat, "孙七", "帮助"), "问网格 #R 问题", "答复 #R")
}

// TestCadreComplaintOfficeKnowsHowHeWasAnswered: the township's message of
// a complaint of a cadre says where the villager said it (in the grid
// group every cadre there read it) and whether he was answered privately;
// when the bot cannot write to him, the group only heard that someone
// will contact him, and the office is asked to phone him.
func TestCadreComplaintOfficeKnowsHowHeWasAnswered(t *testing.T) {
	c := chatUnwritable(t, "张三")
	has(t, "privately", c.private("陈二", "我要投诉我们组的网格员 收了人家的红包才给办"), officeChat+": 【群众反映·涉及村干部】", "陈二是私信说的，已私信答复。")
	has(t, "in the group, answered privately", c.say("陈二", "我要投诉我们组的网格长 办事不公"),
		"陈二是在「"+grid3+"」里说的，群里的人都看得到；群里只回了「已私信回复您」，详情已私信答复。")
	got := c.say("张三", "我要投诉我们组的网格员 收了人家的红包才给办")
	has(t, "in the group, not to be written to", got,
		"张三是在「"+grid3+"」里说的，群里的人都看得到；群里只回了「收到，会有人私下联系您」，机器人没法私信，请打电话联系张三（13900000003）。",
		grid3+": 张三，收到，会有人私下联系您。")
	got = c.say("王五", "代报 王奶奶 她反映网格长李四收红包才给办事")
	has(t, "recorded by a worker", got,
		"是王五替王奶奶登记的（在「"+grid3+"」里说的，群里的人都看得到），已私信回复王五；请直接联系王奶奶（13900000001）核实。",
		"王五: 已登记 #R4：说的是村干部的事，已直接转给镇里，不经过本村和网格长；镇里会为王奶奶保密，直接联系王奶奶核实")
	lacks(t, "recorded by a worker: not his own", got, "镇里会为您保密")
}

// TestCallNoteOfACadreGoesToTheTownship: what an elder says on the phone
// about a cadre's conduct ("她说网格长李四收了人家的红包"), logged with the
// call, goes to the township as her own complaint would, never to the
// grid's leaders (the one complained of among them); the worker hears
// that the township contacts her, and the office her phone.
func TestCallNoteOfACadreGoesToTheTownship(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 王奶奶 已通 她说网格长李四办事不公，收了人家的红包")
	has(t, "the township", got, officeChat+": 【群众反映·涉及村干部】青山村三组 #R1",
		"是王五替王奶奶登记的（私信说的），已私信回复王五；请直接联系王奶奶（13900000001）核实。",
		"王五: 已记录：王奶奶 已通", "说的是村干部的事，已直接转给镇里，不经过本村和网格长；镇里会为王奶奶保密")
	for _, o := range got {
		if strings.HasPrefix(o, "李四:") {
			t.Errorf("the leader hears of a complaint that names him: %q", o)
		}
	}
	if r := c.reports(); len(r) != 1 || !r[0].AboutCadre || len(r[0].Handlers) != 0 {
		t.Errorf("reports %+v, want one about a cadre with no grid handler", r)
	}
}
