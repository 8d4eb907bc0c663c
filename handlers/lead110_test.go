package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOfficerAsksTodaysOpenItems (lead110): 孙七's 「今天有几件没办完的」
// and 「三组有啥事没办」 in the office chat were silent; they are answered
// as 「还有几件没办完」 is: the township's overview, the grid's list; and
// 「三组今天有人反映啥没」 (also silent) with the grid's picture of the day.
func TestOfficerAsksTodaysOpenItems(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口路灯不亮了")
	has(t, "today", c.in(officeChat, "孙七", "今天有几件没办完的"), "【情况】全镇", "未办结 1 件")
	has(t, "the grid", c.in(officeChat, "孙七", "三组有啥事没办"), "青山村三组待办 1 件", "#R1 待受理 村口路灯不亮了")
	// what came in today, asked of a grid (was silent)
	has(t, "news of the grid", c.in(officeChat, "孙七", "三组今天有人反映啥没"), "【情况】青山村三组 今天", "新反映 1 件", "#R1 待受理 村口路灯不亮了")
	has(t, "news, the leader", c.say("李四", "今天有人反映啥没"), "【情况】三组 今天", "新反映 1 件")
	if got := c.say("陈二", "今天有人反映啥没"); len(got) != 0 {
		t.Errorf("a villager's talk to neighbours was answered: %v", got)
	}
	if got := c.in(officeChat, "孙七", "今天有人反映路灯没修"); len(got) != 0 {
		t.Errorf("a remark was answered: %v", got)
	}
	if got := c.in(officeChat, "孙七", "今天把没办完的都办了"); len(got) != 0 {
		t.Errorf("an order was answered: %v", got)
	}
}

// TestCadreAsksWhatIsOnHisHands (lead110): 李四's 「@网格小助手 我手上还有
// 几件」 and 王五's private 「我手上有啥活」 got the menu; they ask for the
// to-do list as 「我还有哪些没办完」 does.
func TestCadreAsksWhatIsOnHisHands(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口路灯不亮了")
	got := c.say("李四", "@网格小助手 我手上还有几件")
	has(t, "leader", got, "#R1", "村口路灯不亮了")
	lacks(t, "leader", got, "可以这样用")
	got = c.private("王五", "我手上有啥活")
	has(t, "worker", got, "#R1")
	lacks(t, "worker", got, "可以这样用")
}
