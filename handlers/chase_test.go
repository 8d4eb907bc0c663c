package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestChasedInTheGroup: a villager who presses his open matter in the
// group by its words, not its number, unaddressed, hears its number and
// how it stands, and its handlers hear what he said; it is neither
// offered as a new report nor left unanswered. The words that press
// ("好几天了") match no item by themselves; a matter of no item of his is
// read as before, and so are a cadre's words; a plain question is
// answered (askedOwnStatus).
func TestChasedInTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯坏了好几天了，晚上黑乎乎的")
	c.say("陈二", "上报 隔壁老刘家的狗天天晚上叫，还追着小孩咬")
	c.say("李四", "确认 #R2")
	dog := grid3 + ": @陈二\u2005#R2（隔壁老刘家的狗天天晚上叫，还追着小孩咬）还在办，现在「已受理」，刚才说的已转告负责人李四。有进展会在群里说，也可发「查 #R2」看进度。"
	expect(t, "pressed", c.say("陈二", "那个狗的事有人管没有啊，都好几天了"), dog,
		"李四: 【又来反映】#R2（隔壁老刘家的狗天天晚上叫，还追着小孩咬，已受理）：陈二在群里又说：「那个狗的事有人管没有啊，都好几天了」")
	c.now = c.now.Add(2 * time.Hour) // past repeatQuiet
	expect(t, "read as a report", c.say("陈二", "我家的狗的事到底有人管没有？？都一个礼拜了，打电话也没人接"), dog, "李四: 【又来反映】#R2")
	expect(t, "when", c.say("张三", "路灯什么时候来修啊"), grid3+": @张三\u2005#R1（村口那个路灯坏了好几天了，晚上黑乎乎的）还在办，现在「待受理」", "李四: 【又来反映】#R1")
	c.wantReports(2, "nothing filed again")
	has(t, "another matter", c.say("张三", "村里的垃圾到底有人管没有"), "我理解为：一般事项·环境卫生")
	lacks(t, "another matter in the same place", c.say("张三", "村口的垃圾什么时候有人来收 都堆满了"), "#R1")
	// a neighbour's press of another's open item is answered (rep108:
	// silence); taken on lately, how it stands, its handlers not told
	expect(t, "someone else's item", c.say("张三", "狗的事到底有人管没有"),
		grid3+": @张三\u2005#R2（隔壁老刘家的狗天天晚上叫，还追着小孩咬）现在「已受理」，李四负责；最新：今天09:03 李四 受理。有进展会在群里说，详细情况可发「查 #R2」。")
	// a plain question of his is answered, and passed on to nobody (ask71)
	expect(t, "a plain question", c.say("陈二", "狗的事怎么样了"),
		grid3+": @陈二\u2005#R2（隔壁老刘家的狗天天晚上叫，还追着小孩咬）现在「已受理」，李四负责；最新：")
	lacks(t, "a cadre", c.say("王五", "路灯什么时候来修啊"), "又来反映")
	// the leader answers what he was told, quoting it, with what he does:
	// the item nobody took on is taken on
	got := c.send(bot.Message{Chat: "李四", From: "李四", Text: "知道了 明天叫电工来", Private: true,
		Quote: &bot.Quote{Name: "网格小助手", Text: "【又来反映】#R1（村口那个路灯坏了好几天了，晚上黑乎乎的，待受理）：张三在群里又说：「路灯什么时候来修啊」"}})
	has(t, "taken on", got, "按李四的回复，#R1 已受理")
}

// TestChasedPrivately: pressed privately, his matter told in the group is
// answered privately and its handlers hear of it; no second item is filed
// (it was: "路灯什么时候修" became #R2 and a 【私信反映】 to the leader).
func TestChasedPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	expect(t, "pressed privately", c.private("张三", "路灯什么时候修"),
		"张三: #R1（村口路灯坏了）还在办，现在「待受理」，刚才说的已转告负责人李四。",
		"李四: 【又来反映】#R1（村口路灯坏了，待受理）：张三私信又说：「路灯什么时候修」")
	c.wantReports(1, "nothing filed again")
	has(t, "another matter", c.private("张三", "后山的垃圾到底有人管没有"), "已登记 #R2")
}

// TestAskedAfterOwnPrivately: "我上次说的路灯呢" said privately (it got
// the menu) is answered as the group's chase is: his one item that fits,
// its number and status (its handlers told); several: each listed with
// how to ask after one; none: what he has open. Other "…呢" talk is read
// as before.
func TestAskedAfterOwnPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing of his", c.private("张三", "我上次说的路灯呢"), "张三: 您目前没有还没办完的事项。")
	c.say("张三", "上报 村口路灯坏了")
	c.say("张三", "上报 后山垃圾没人清")
	expect(t, "one fits", c.private("张三", "我上次说的路灯呢？"),
		"张三: #R1（村口路灯坏了）还在办，现在「待受理」，刚才说的已转告负责人李四。",
		"李四: 【又来反映】#R1（村口路灯坏了，待受理）：张三私信又说：「我上次说的路灯呢？」")
	has(t, "in the group", c.say("张三", "之前反映的垃圾的事呢"), grid3+": @张三\u2005#R2（后山垃圾没人清）还在办")
	c.say("张三", "上报 二号路灯不亮了")
	expect(t, "several fit", c.private("张三", "我上次说的路灯呢"),
		"张三: 张三，您说的可能是这几件，都还在办：\n#R3 待受理 二号路灯不亮了\n#R1 待受理 村口路灯坏了\n是哪一件，发「查 #R3」这样的编号看进度。")
	c.wantReports(3, "nothing filed again")
	has(t, "other talk", c.private("张三", "今天吃什么呢"), "可以这样用")
	lacks(t, "someone else's", c.private("陈二", "我上次说的路灯呢"), "#R1")
}

// TestChasedRoundTrips: pressing his item costs its commit alone (the
// grid's open reports are read from memory); chat without a pressing word
// reads nothing.
func TestChasedRoundTrips(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 隔壁老刘家的狗天天晚上叫，还追着小孩咬")
	got := c.costs(t, 1, "pressed (the commit)", bot.Message{Chat: grid3, From: "陈二", Text: "那个狗的事有人管没有啊，都好几天了"})
	has(t, "pressed", got, "#R1（隔壁老刘家的狗天天晚上叫，还追着小孩咬）还在办")
	c.costs(t, 0, "chat", bot.Message{Chat: grid3, From: "陈二", Text: "今天天气不错 大家出来晒太阳"})
}
