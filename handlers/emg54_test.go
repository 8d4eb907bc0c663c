package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// emg54Fire is the alarm the tests of unnumbered acknowledgements answer.
const emg54Fire = "快来人 后山着火了"

// TestUnnumberedAckTakesTheOneAlarm: while one emergency of the grid
// waits for 确认, its leader's or grid worker's unnumbered 「收到 我去看了
// …」, 「马上到」, 「我马上过去」, 「已经在路上了」 take it on as 「确认 #R1」
// with his words (after the 收到) as the note: the group and the duty chat
// hear it as from the numbered 「R1 收到 我去看了」, in one round trip.
func TestUnnumberedAckTakesTheOneAlarm(t *testing.T) {
	for _, tc := range []struct{ from, text, note string }{
		{"李四", "收到 我去看了 已经让人守着了", "我去看了 已经让人守着了"},
		{"李四", "收到 马上去", "马上去"},
		{"李四", "好的 马上去看", "马上去看"},
		{"王五", "马上到", "马上到"},
		{"王五", "我马上过去", "我马上过去"},
		{"李四", "已经在路上了", "已经在路上了"},
		{"王五", "收到，正在赶过去", "正在赶过去"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", emg54Fire)
		got := c.costs(t, 1, tc.text, bot.Message{Chat: grid3, From: tc.from, Text: tc.text})
		has(t, tc.text, got, grid3+": 按"+tc.from+"的回复，#R1 已受理",
			dutyChat+": 【青山村三组】#R1（突发事件）"+tc.from+" 受理："+tc.note)
		lacks(t, tc.text, got, "还没人确认")
		c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
		if n := c.firstNote("R1", village.ActAccept); n != tc.note {
			t.Errorf("%s: 确认 note %q, want %q", tc.text, n, tc.note)
		}
		expect(t, tc.text+": 收到 after it is silence", c.say("李四", "收到"))
	}
}

// TestUnnumberedAckLeavesTheAlarm: what takes nothing on, the one alarm
// waiting: a villager's 「马上到」 (silence, as before); the leader's bare
// 「收到」 (maybe only read: the hint), 「收到 明天去看」 (put off),
// 「收到 去不了 在外地」, 「马上到吗」 (a question), 「我去看看」 (no
// acknowledgement, nor on his way: maybe of anything); an officer's
// 「收到 马上到」 in the grid's group (his is said as 确认).
func TestUnnumberedAckLeavesTheAlarm(t *testing.T) {
	for _, tc := range []struct {
		from, text string
		hint       bool
	}{
		{"陈二", "马上到", false},
		{"张三", "收到 我马上过去", false},
		{"李四", "收到", true},
		{"李四", "收到 明天去看", true},
		{"李四", "收到 去不了 在外地", true},
		{"王五", "马上到吗", false},
		{"李四", "我去看看", false},
		{"孙七", "收到 马上到", false},
	} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", emg54Fire)
		got := c.say(tc.from, tc.text)
		lacks(t, tc.from+" "+tc.text, got, "已受理", "受理：")
		if tc.hint {
			has(t, tc.from+" "+tc.text, got, grid3+": "+tc.from+"，突发事件 #R1 还没人确认")
		}
		c.wantStatuses(nil, village.StatusNew)
	}
}

// TestUnnumberedAckOfTwoAlarms: two emergencies waiting, 「收到 我去看了」
// and 「马上到」 take neither on: he is shown both, each with its words,
// and asked which to 确认, in one round trip (the hint cost two before:
// the grid read, its commit); once one is his, the same words take the
// other.
func TestUnnumberedAckOfTwoAlarms(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", emg54Fire)
	c.say("张三", "救命 河边有人落水了")
	c.wantReports(2, "(two alarms)")
	for _, m := range []bot.Message{{Chat: grid3, From: "李四", Text: "收到 我去看了"}, {Chat: grid3, From: "王五", Text: "马上到"}} {
		got := c.costs(t, 1, m.Text, m)
		has(t, m.Text, got, grid3+": "+m.From+"，突发事件 #R1、#R2 还没人确认（#R1 快来人 后山着火了；#R2 救命 河边有人落水了）",
			"您管的是哪一件，请回「确认 #R1」或「确认 #R2」")
		lacks(t, m.Text, got, "受理：")
		c.wantStatuses(nil, village.StatusNew)
	}
	has(t, "his 确认", c.say("李四", "确认 #R2 我去河边"), "#R2 已受理")
	has(t, "the other one", c.say("王五", "马上到"), grid3+": 按王五的回复，#R1 已受理", dutyChat+": 【青山村三组】#R1（突发事件）王五 受理：马上到")
	c.wantStatuses(nil, village.StatusAccepted)
}

// TestUnnumberedAckBesideNoticeAndConfirmBack: a notice of the group keeps
// the leader's bare 收到 what it was (the alarm's hint; nothing taken on),
// and with no alarm his 「收到 马上过去」 takes nothing on. A villager's
// confirm-back asked after the alarm, or a report filed after it, makes
// his 「收到 马上去」 unsure (the hint; her 「1」 still files hers); one
// asked before the alarm does not (the alarm is the latest: his words
// take it on).
func TestUnnumberedAckBesideNoticeAndConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午停水，请提前储水")
	c.say("张三", "收到")
	expect(t, "no alarm: 收到 马上过去", c.say("李四", "收到 马上过去"))
	c.wantReports(0, "(nothing to take on)")
	c.say("陈二", emg54Fire)
	has(t, "bare 收到", c.say("李四", "收到"), "突发事件 #R1 还没人确认")
	c.wantStatuses(nil, village.StatusNew)
	expect(t, "the villagers' answers", c.in(officeChat, "孙七", "查 #N1"), "三组：已收到 1/9 户")

	c = newChat(t, understand.Rules{})
	c.say("陈二", emg54Fire)
	c.now = c.now.Add(time.Minute)
	has(t, "asked back", c.say("张三", stink), "回复「1」")
	c.now = c.now.Add(time.Minute)
	got := c.say("李四", "收到 马上去")
	has(t, "confirm-back after the alarm", got, "突发事件 #R1 还没人确认")
	lacks(t, "confirm-back after the alarm", got, "已受理")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "her 1", c.say("张三", "1"), "已登记 #R2")

	c = newChat(t, understand.Rules{})
	c.say("陈二", emg54Fire)
	c.now = c.now.Add(time.Minute)
	has(t, "a report after the alarm", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R2")
	c.now = c.now.Add(time.Minute)
	got = c.say("李四", "收到 马上去看")
	has(t, "report after the alarm", got, "突发事件 #R1 还没人确认")
	lacks(t, "report after the alarm", got, "已受理")
	c.wantStatuses(nil, village.StatusNew)

	c = newChat(t, understand.Rules{})
	has(t, "asked back", c.say("张三", stink), "回复「1」")
	c.now = c.now.Add(time.Minute)
	c.say("陈二", emg54Fire)
	c.now = c.now.Add(time.Minute)
	has(t, "confirm-back before the alarm", c.say("李四", "收到 马上去"), grid3+": 按李四的回复，#R1 已受理")
	c.wantReports(1, "(her matter not filed by his words)")
}

// TestUnnumberedAckOfAnOldAlarm: an alarm raised longer ago than the
// words of a fresh report are read for (6 hours), not re-posted since, is
// no longer surely what 「收到 马上去」 answers: the hint names it.
func TestUnnumberedAckOfAnOldAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", emg54Fire)
	c.now = c.now.Add(7 * time.Hour)
	got := c.say("李四", "收到 马上去")
	lacks(t, "old", got, "已受理")
	if !strings.Contains(strings.Join(got, "\n"), "还没人确认") {
		t.Errorf("old alarm: replies %q, want the hint", got)
	}
	c.wantStatuses(nil, village.StatusNew)
}

// BenchmarkEmergencyAcked: the grid's one open fire (the round before's
// closed first, not measured) taken on by the leader's unnumbered 「收到
// 我去看了」 or the worker's 「马上到」 (alarmAcked): one commit, the grid's
// open reports served from memory.
func BenchmarkEmergencyAcked(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, said := range []struct{ from, text string }{{"李四", "收到 我去看了"}, {"王五", "马上到"}} {
		b.Run(said.text, func(b *testing.B) {
			benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
				if i > 0 {
					ref := fmt.Sprintf("#R%d", i)
					setup = []bot.Message{benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", "办结 "+ref+" 已处理好", ""),
						benchMsg(fmt.Sprintf("%d-c", i), grid, "张三", "满意 "+ref, "")}
				}
				setup = append(setup, benchMsg(fmt.Sprintf("%d-d", i), grid, "张三", fmt.Sprintf("%d号老王家着火了 快来人", i+1), ""))
				return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-e", i), grid, said.from, said.text, "")}
			})
		})
	}
}
