package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

const grid1d66 = "青山村一组网格群"

// twoAlarms raises a fire in 一组 (#R1, 谢明) and a flood in 三组 (#R2,
// 张三), nobody's yet.
func twoAlarms(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "fire", c.in(grid1d66, "谢明", "快来人 着火了 在村口老王家"), "#R1")
	has(t, "flood", c.say("张三", "河水漫上来了 淹到路上了"), "#R2")
	c.wantStatuses(nil, village.StatusNew)
	return c
}

// TestDutyPickOne: 孙七's 「我马上过去」 in the duty chat fits the fire
// and the flood alike: he is asked which, each numbered; his 「1」 is
// 「#R1 我马上过去」 as if typed (the township takes #R1 on, its 进展 his
// words), in one round trip; the flood is untouched.
func TestDutyPickOne(t *testing.T) {
	c := twoAlarms(t)
	// the open alarms read, the question kept with the reply: as the 确认 hint it replaces
	got := c.costs(t, 2, "asked", bot.Message{Chat: dutyChat, From: "孙七", Text: "我马上过去"})
	has(t, "asked which", got, "孙七，您说的「我马上过去」是哪一件？", "「1」#R1 一组 快来人 着火了", "「2」#R2 三组 河水漫上来了")
	lacks(t, "asked which", got, "进展已记录")
	c.wantStatuses(nil, village.StatusNew)

	got = c.costs(t, 1, "「1」", bot.Message{Chat: dutyChat, From: "孙七", Text: "1"})
	has(t, "「1」", got, dutyChat+": 按孙七的话，#R1 已受理", "进展已记录：我马上过去", grid1d66+": 按孙七的话，#R1 已受理")
	lacks(t, "「1」", got, "#R2")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
	if h := c.reports()[0].History; h[1].Action != village.ActAccept || h[1].By != "孙七" || h[len(h)-1].Note != "我马上过去" {
		t.Errorf("R1's history %+v, want 孙七's 确认 then his 进展", h)
	}
	// taken: a second 「1」 is no answer
	lacks(t, "again", c.in(dutyChat, "孙七", "1"), "进展已记录")
}

// TestDutyPickTwoAndOthers: 吴九's 「1」 is not his to answer (the
// question is 孙七's); 孙七's 「2」 then records the flood's.
func TestDutyPickTwoAndOthers(t *testing.T) {
	c := twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	lacks(t, "someone else's 1", c.in(dutyChat, "吴九", "1"), "进展已记录", "已受理")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "「2」", c.in(dutyChat, "孙七", "2"), "#R2 已受理", "进展已记录：我马上过去")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusInProgress}, village.StatusNew)
}

// TestDutyPickExpired: a 「1」 past llm.confirm_ttl records nothing: he
// is told what to send for #R1, and the question is gone.
func TestDutyPickExpired(t *testing.T) {
	c := twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	c.now = c.now.Add(40 * time.Minute)
	got := c.in(dutyChat, "孙七", "1")
	has(t, "late", got, "过了回复时间，没有记到 #R1 上", "请发「#R1 我马上过去」")
	lacks(t, "late", got, "进展已记录")
	c.wantStatuses(nil, village.StatusNew)
	lacks(t, "taken", c.in(dutyChat, "孙七", "1"), "进展已记录", "过了回复时间")
}

// TestDutyPickNewestTakesOne: 「1」 while a pick and the offer of a
// mistyped command (「确任 #R2」: 回复「1」照办) both wait goes to the one
// asked last; the other still waits, and he is told so.
func TestDutyPickNewestTakesOne(t *testing.T) {
	c := twoAlarms(t)
	has(t, "offer", c.in(dutyChat, "孙七", "确任 #R2"), "回复「1」照办")
	c.in(dutyChat, "孙七", "我马上过去")
	got := c.in(dutyChat, "孙七", "1")
	has(t, "the pick, newer", got, "#R1 已受理", "进展已记录：我马上过去", "还有一件事在等您回答")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
	has(t, "then the offer", c.in(dutyChat, "孙七", "1"), "#R2 镇里已接手")

	// the other way round: the offer, newer, takes 「1」; the pick waits
	c = twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	c.in(dutyChat, "孙七", "确任 #R2")
	got = c.in(dutyChat, "孙七", "1")
	has(t, "the offer, newer", got, "#R2 镇里已接手", "还有一件事在等您回答", "「1」#R1")
	lacks(t, "the offer, newer", got, "进展已记录：我马上过去")
	has(t, "then the pick", c.in(dutyChat, "孙七", "1"), "#R1 已受理", "进展已记录：我马上过去")
}

// TestProgressPick: 李四's 「过两天再去」 of two items he handles is asked
// which, numbered; 「3」 is no answer (two only), 「2」 records it on the
// second as 「进展 #R1 过两天再去」 would, in one round trip.
func TestProgressPick(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	c.say("陈二", "上报 后山垃圾堆了好几天没人收")
	c.say("李四", "确认 #R2")
	got := c.say("李四", "过两天再去")
	has(t, "asked which", got, "您说的「过两天再去」是哪件的进展？请回复数字：", "「1」#R2 后山垃圾", "「2」#R1 村口路灯", "发「进展 #R2 过两天再去」一样")
	lacks(t, "three", c.say("李四", "3"), "进展已记录")
	lacks(t, "assent is no pick", c.say("李四", "好的"), "进展已记录", "没有照办")
	got = c.costs(t, 1, "「2」", bot.Message{Chat: grid3, From: "李四", Text: "2"})
	has(t, "「2」", got, "#R1 进展已记录：过两天再去")
	if h := c.reports()[0].History; h[len(h)-1].Note != "过两天再去" || h[len(h)-1].Action != village.ActProgress {
		t.Errorf("R1's last step %+v, want 李四's 进展", h[len(h)-1])
	}
	if h := c.reports()[1].History; h[len(h)-1].Action == village.ActProgress {
		t.Errorf("R2 got a 进展 %+v", h[len(h)-1])
	}
}

// TestDutyPickThree: with three alarms open, 「3」 picks the third; the
// reply numbers them in order of their numbers.
func TestDutyPickThree(t *testing.T) {
	c := twoAlarms(t)
	has(t, "third", c.in(grid2, "田卫东", "我爸突然晕倒了 叫不醒 快来人"), "#R3")
	got := c.in(dutyChat, "孙七", "我马上过去")
	has(t, "three", got, "「1」#R1", "「2」#R2", "「3」#R3 二组")
	// quoting the question with his number answers it all the same
	quoted := c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "3", Quote: &bot.Quote{Name: "网格小助手", Text: got[0]}})
	has(t, "「3」", quoted, "#R3 已受理", "进展已记录：我马上过去")
	c.wantStatuses(map[string]village.Status{"R3": village.StatusInProgress}, village.StatusNew)
}
