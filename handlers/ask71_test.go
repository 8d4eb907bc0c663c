package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOwnStatusAskedInGroup (ask71): the reporter who asks in the group,
// not @-ing the bot, how his own open item stands in plain words hears
// its status, who handles it and its latest step (it was silence): the
// words name it ("桥的事咋样了"), or he has that one item and says it is
// his ("我反映的事咋样了"). Nobody is told (a question is no chase; a
// chase still is). Another's item, his private one, and talk about other
// things stay silent.
func TestOwnStatusAskedInGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了 很危险")
	bridge := grid3 + ": @张三\u2005#R1（村口的桥栏杆断了 很危险）现在「待受理」，李四负责。有进展会在群里说，详细情况可发「查 #R1」。"
	for _, q := range []string{"我反映的事咋样了", "桥的事咋样了", "我反映的事情有进展吗", "我上报的那个桥咋样了"} {
		expect(t, q, c.say("张三", q), bridge)
		c.now = c.now.Add(2 * time.Hour) // past the hour's quiet (ask72)
	}
	c.say("李四", "确认 #R1")
	c.say("李四", "进展 #R1 已经联系施工队")
	expect(t, "latest step", c.say("张三", "桥的事咋样了"),
		grid3+": @张三\u2005#R1（村口的桥栏杆断了 很危险）现在「处理中」，李四负责；最新：今天")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "latest step", c.say("张三", "我反映的事情有进展吗"), "李四 进展：已经联系施工队")
	expect(t, "another's item", c.say("陈二", "桥的事咋样了"))
	expect(t, "another's item, said as his", c.say("陈二", "我反映的事咋样了"))
	for _, q := range []string{"陈二 你家那头猪咋样了", "孩子考试考得怎么样了", "你反映的事咋样了", "今天天气怎么样了", "怎么样了"} {
		expect(t, "chit-chat "+q, c.say("张三", q))
	}
	has(t, "a chase is still passed on", c.say("张三", "桥到底有人管没有"), "【又来反映】#R1")

	c.private("陈二", "上报 我家门口的路灯坏了")
	expect(t, "his private item stays out of the group (ask72: told him privately)", c.say("陈二", "路灯的事咋样了"),
		"陈二: #R2（我家门口的路灯坏了）现在「待受理」，李四负责。有进展会私信告诉您，详细情况可发「查 #R2」。")
	c.say("陈二", "上报 后山的垃圾没人收")
	expect(t, "two items, neither named (ask72: the group's one listed)", c.say("陈二", "我反映的事咋样了"),
		grid3+": @陈二\u2005您有1件事还在办：#R3（后山的垃圾没人收）「待受理」。发「查 #R3」看详细。")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "two items, one named", c.say("陈二", "垃圾的事咋样了"), "#R3（后山的垃圾没人收）现在「待受理」")
}

// TestOwnStatusAskedRoundTrips: the answer is its commit; talk that names
// no matter reads nothing.
func TestOwnStatusAskedRoundTrips(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了 很危险")
	has(t, "asked", c.costs(t, 1, "asked (the commit)", bot.Message{Chat: grid3, From: "张三", Text: "桥的事咋样了"}), "#R1")
	c.costs(t, 0, "names none of his", bot.Message{Chat: grid3, From: "张三", Text: "你家那头猪咋样了"})
	c.costs(t, 0, "another's item", bot.Message{Chat: grid3, From: "陈二", Text: "桥的事咋样了"})
}

// TestPendingAsked (ask71): asked after words still waiting for his 「1」
// ("水渠的事咋样了"), he hears they are not registered and that 「1」
// registers them (it was silence in the group, 「您目前没有还没办完的事
// 项」 to the bot); the question waits on. Another's question is silent.
func TestPendingAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked back", c.say("陈二", "我家后面的水渠堵了 水过不去"), "我理解为")
	pending := grid3 + ": @陈二\u2005您说的「我家后面的水渠堵了 水过不去」还没有登记，所以还没人处理。要登记请回复「1」，不用回复「2」。"
	expect(t, "in the group", c.say("陈二", "水渠的事咋样了"), pending)
	expect(t, "to the bot", c.say("陈二", "@网格小助手 水渠的事咋样了"), pending)
	expect(t, "said as his", c.say("陈二", "我反映的事有进展吗"), pending)
	expect(t, "another's", c.say("张三", "水渠的事咋样了"))
	expect(t, "another matter", c.say("陈二", "孩子考试考得怎么样了"))
	has(t, "still waiting", c.say("陈二", "1"), "已登记 #R1")
}

// TestOfficerAckByNumber (ask71): an officer's 「收到 #R1 明天派挖机」 in the
// township's chat takes the item sent up on, as 「确认 #R1 明天派挖机」
// does; 「收到 #R99」 hears that no such item is found. An emergency's
// 收到 is still reminded that only 确认 tells the duty chat.
func TestOfficerAckByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 水渠堵了 地里浇不上水")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 需要挖机")
	has(t, "taken on", c.in(officeChat, "孙七", "收到 #R1 明天派挖机"), "#R1 镇里已接手：由孙七负责协调", "孙七：明天派挖机")
	has(t, "no such item", c.in(officeChat, "孙七", "收到 #R99"), "没有找到 #R99")
	expect(t, "a bare 收到", c.in(officeChat, "孙七", "收到"))
	c.say("张三", "上报 紧急 3号院子着火了 快来人")
	got := c.in(officeChat, "孙七", "收到 #R2")
	has(t, "an emergency: only 确认 takes it on", got, "确认 #R2")
	lacks(t, "an emergency: only 确认 takes it on", got, "受理", "接手：")
}
