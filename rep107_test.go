package main

import (
	"strings"
	"testing"
)

// TestReplayLeaderAwayNotesToCover: 李四 says privately 「我去县里开会 到12月
// 14日 有事找王五」: a trip with the day it lasts to and no 这几天 was
// offered as a report (rep106's leftover). Now he is away; 王五's 确认
// and 进展 of a private item were told to 李四 at the county meeting
// (notifyPrivately), and a 未解决 in the group @'d him to go on: they go
// to 王五, who has his items. Back, he and 王五 heard of call lists he
// never had (rep107).
func TestReplayLeaderAwayNotesToCover(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-09T09:00:00+08:00","kind":"private","from":"李四","text":"我去县里开会 到12月14日 有事找王五"}`,
			`{"at":"2026-12-09T10:00:00+08:00","kind":"private","from":"张三","text":"我家后面老房子的墙被雪压裂了 怕塌 不想在群里说"}`,
			`{"at":"2026-12-09T10:10:00+08:00","kind":"private","from":"王五","text":"确认 #R1"}`,
			`{"at":"2026-12-09T10:20:00+08:00","kind":"private","from":"王五","text":"进展 #R1 找人拿木头顶上了"}`,
			`{"at":"2026-12-09T11:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"路边那棵大树的枝子被雪压断了 挂在电线上 风一吹就晃 怕出事"}`,
			`{"at":"2026-12-09T11:05:00+08:00","chat":"青山村三组网格群","from":"王五","text":"确认 #R2"}`,
			`{"at":"2026-12-09T14:00:00+08:00","chat":"青山村三组网格群","from":"王五","text":"办结 #R2 供电所来人把树枝锯了"}`,
			`{"at":"2026-12-09T14:30:00+08:00","chat":"青山村三组网格群","from":"张三","text":"未解决 #R2 还有一根挂着"}`,
			`{"at":"2026-12-10T09:00:00+08:00","kind":"private","from":"李四","text":"我回来了"}`,
		},
		want: []string{
			"12-09T09:00 王五 | 【代管事项】",
			"12-09T09:00 李四 | 李四，您先忙。",
			"12-09T10:10 张三 | #R1 已受理",
			"12-09T10:20 张三 | #R1 进展已记录",
			"12-09T14:30 青山村三组网格群 | #R2 已重新打开",
			"请继续处理",
			// back, he who phones no elder has no call lists back
			"12-10T09:00 王五 | 李四说「我回来了」，之后新反映的事照常请李四受理，不用您代管了。",
			"12-10T09:00 李四 | 欢迎回来！之后新反映的事照常请您受理。",
		},
		never: []string{"我理解为", "12-09T10:10 李四 |", "12-09T10:20 李四 |", "@李四", "李四的电话清单"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayIceAskedBesideAlarm: 陈二 reported the ice at the village
// gate and, later, a wire sagging under snow (an alarm). 张三's 「村口的冰
// 什么时候有人来铲」 was sent to the duty chat as a question of the wire
// (its 有人来); now the alarm is not asked of words that name another
// open item and not it. A question of the wire is still the wire's
// (rep107).
func TestReplayIceAskedBesideAlarm(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-10T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"村口那段路结冰了 早上好几个人骑车摔了"}`,
			`{"at":"2026-12-10T09:05:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"}`,
			`{"at":"2026-12-10T12:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口的冰什么时候有人来铲"}`,
			`{"at":"2026-12-10T12:05:00+08:00","chat":"青山村三组网格群","from":"张三","text":"电线那边有人来了没有"}`,
		},
		want: []string{
			"12-10T12:05 青山镇应急值班群 | 【突发补充·询问】青山村三组 #R2",
		},
		never: []string{"问：村口的冰"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayPipeMendedPlainly: 李四's 「张三家水管换了一截新的 包了保温棉
// 好了」 and 张三's 「好了 出水了 谢谢」 had no answer: the pipe stayed
// open and would be chased as overdue. Now the leader is offered the 办结
// and the reporter's word is kept (rep107).
func TestReplayPipeMendedPlainly(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-14T08:30:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 我家门口的自来水管冻裂了 水喷了一地 结成冰了"}`,
			`{"at":"2026-12-14T08:35:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-14T11:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"张三家水管换了一截新的 包了保温棉 好了"}`,
			`{"at":"2026-12-14T11:40:00+08:00","chat":"青山村三组网格群","from":"张三","text":"好了 出水了 谢谢"}`,
		},
		want: []string{
			"12-14T11:30 青山村三组网格群 | 按李四的话，#R1 进展已记录",
			"按「办结 #R1",
			"您说 #R1（我家门口的自来水管冻裂了 水喷了一地 结成冰了）已经好了",
		},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}
