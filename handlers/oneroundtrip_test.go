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
		{name: "a bystander: a resolved item not done",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 后山垃圾堆没人清"},
				{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "办结 #R1 清走了"},
				// the first such words read the grid's reports, then followed
				{Chat: grid3, From: "雷志明", Text: "垃圾还在呢 没拉走"}},
			m: bot.Message{Chat: grid3, From: "金大海", Text: "垃圾还在呢 没拉走"}, want: "谢谢金大海告知。#R1"},
		{name: "a worker went to see",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 小桥栏杆坏了两块"}, {Chat: grid3, From: "李四", Text: "确认 #R1"}},
			m:     bot.Message{Chat: grid3, From: "王五", Text: "R1 我去看过了 确实坏了两块"}, want: "按王五的话，#R1 进展已记录"},
		{name: "done words, one closed",
			setup: []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 小桥栏杆坏了两块"}, {Chat: grid3, From: "张三", Text: "上报 村西水管漏水"},
				{Chat: grid3, From: "李四", Text: "确认 #R1 #R2"}, {Chat: grid3, From: "李四", Text: "办结 #R2 修好了"}, {Chat: grid3, From: "张三", Text: "满意 #R2"}},
			m: bot.Message{Chat: grid3, From: "李四", Text: "R1、R2弄好了"}, want: "#R2 已经完结，不用再办。"},
		{name: "call log",
			setup: []bot.Message{{Private: true, From: "王五", Text: "回访 王奶奶 已通 挺好"}},
			m:     bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 在吃饭 一切正常"}, want: "已记录：王奶奶 已通"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, scripted{})
			for _, m := range tc.setup {
				c.send(m)
			}
			has(t, tc.name, c.costs(t, 1, tc.m.Text+" (the commit)", tc.m), tc.want)
			if tc.check != nil {
				tc.check(t, c)
			}
		})
	}
}
