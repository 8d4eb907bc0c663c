package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// TestOneRoundTrip: with what it decides on followed in memory, each of
// these messages costs its commit alone: the reporter's "还是吵" to the 办结 of
// his quarrel (his 未解决), a villager's 「1」 to the confirm-back this
// process asked him (the question read from its copy), a worker's 回访 of
// an elder he logged before.
func TestOneRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup []bot.Message
		m     bot.Message
		want  string
		check func(t *testing.T, c *chat)
	}{
		{name: "still noisy",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 调解 3号院那户天天半夜放音乐 吵得睡不着"},
				{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "办结 #R1 双方和解"}},
			m: bot.Message{Chat: grid3, From: "陈二", Text: "还是吵"}, want: "#R1",
			check: func(t *testing.T, c *chat) {
				if reps := c.reports(); len(reps) != 1 || reps[0].Status != village.StatusReopened {
					t.Errorf("reports %+v, want R1 reopened", reps)
				}
			}},
		{name: "mediation futile",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 调解 张三家砌的墙把我家排水沟堵死了"}, {Chat: grid3, From: "李四", Text: "确认 #R1"}},
			m:     bot.Message{Chat: grid3, From: "陈二", Text: "调解了好几次都没用"}, want: "【调解没见效】#R1"},
		{name: "the other party: quarrel back",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 调解 张三家砌的墙把我家排水沟堵死了"},
				{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "办结 #R1 双方和解"}},
			m: bot.Message{Chat: grid3, From: "张三", Text: "又吵起来了"}, want: "#R1 已重新打开",
			check: func(t *testing.T, c *chat) { c.wantStatuses(nil, village.StatusReopened) }},
		{name: "confirm-back answer",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "3号院门口的垃圾没人清理"}},
			m:     bot.Message{Chat: grid3, From: "陈二", Text: "1"}, want: "已登记 #R1",
			check: func(t *testing.T, c *chat) {
				if reps := c.reports(); len(reps) != 1 || !reps[0].Status.Open() {
					t.Errorf("reports %+v, want R1 open", reps)
				}
				c.wantWaiting("answered", "陈二")
			}},
		{name: "call log",
			setup: []bot.Message{{Private: true, From: "王五", Text: "回访 王奶奶 已通 挺好"}},
			m:     bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 在吃饭 一切正常"}, want: "已记录：王奶奶 已通"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, scripted{})
			for _, m := range tc.setup {
				c.send(m)
			}
			n, got := c.counted(tc.m)
			has(t, tc.name, got, tc.want)
			if n != 1 {
				t.Errorf("%s: %d round trips, want 1 (the commit)", tc.m.Text, n)
			}
			if tc.check != nil {
				tc.check(t, c)
			}
		})
	}
}
