package main

import (
	"strings"
	"testing"
)

// rep108Line is one replay line in 青山村三组网格群 on 2026-12-at.
func rep108Line(at, from, text string) string {
	return `{"at":"2026-12-` + at + `:00+08:00","chat":"青山村三组网格群","from":"` + from + `","text":"` + text + `"}`
}

// rep108Wire: 张三's wire, closed by the leader and waiting for his word.
var rep108Wire = []string{
	rep108Line("09T11:00", "张三", "村西头路边的电线被树枝压下来了 垂到路上了 怕出事"),
	rep108Line("09T11:05", "李四", "确认 #R1"),
	rep108Line("09T14:00", "李四", "办结 #R1 供电所来人把树枝锯了"),
}

// TestReplayPressAfterCloseAsks: 张三's 「电线那个咋还没人来」 hours after
// his wire's 办结 reopened it silently (rep107's leftover): pressing says
// nothing of his wire back. Alone, he is asked which answer he means;
// with 陈二's wire alarm open, he presses that one (rep108).
func TestReplayPressAfterCloseAsks(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{}, rep108Wire...), rep108Line("09T16:50", "张三", "电线那个咋还没人来")),
		want:  []string{"12-09T16:50 青山村三组网格群 | 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」"},
		never: []string{"已重新打开"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append(append([]string{}, rep108Wire...),
			rep108Line("09T16:00", "陈二", "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"),
			rep108Line("09T16:50", "张三", "电线那个咋还没人来")),
		want: []string{
			"这件事已经有人反映了：#R2",
			"刚才说的已转告李四、王五和镇应急值班",
			"12-09T16:50 王五 | 【又来反映】#R2",
			"张三在群里也来催：「电线那个咋还没人来」\n还没有人确认，请立即到场，到场后回复「确认 #R2」。",
			"12-09T16:50 青山镇应急值班群 | 【突发补充·催办】青山村三组 #R2（待受理，已过50分钟仍无人确认）",
		},
		never: []string{"#R1 已重新打开"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
	// still the same thing back: his 未解决
	rc = replayCase{
		lines: append(append([]string{}, rep108Wire...), rep108Line("09T16:50", "张三", "电线又垂下来了 咋还没人来")),
		want:  []string{"#R1 已重新打开"},
	}
	rc.check(t)
}

// TestReplayAlarmPressReachesWorkers: 陈二's 「电线那个咋还没人来」 on his
// alarm nobody confirmed went to 李四 alone: now to 王五 too (the alarm
// asked both to come), and, past sla.emergency.accept, to the duty chat;
// within it the duty chat is not told again (rep108).
func TestReplayAlarmPressReachesWorkers(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep108Line("10T09:00", "陈二", "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"),
			rep108Line("10T09:05", "陈二", "电线那个咋还没人来"),
		},
		want:  []string{"12-10T09:05 李四 | 【又来反映】#R1", "12-10T09:05 王五 | 【又来反映】#R1", "刚才说的已转告李四、王五。"},
		never: []string{"催办"},
	}
	rc.check(t)
	rc = replayCase{
		lines: []string{
			rep108Line("10T09:00", "陈二", "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"),
			rep108Line("10T10:05", "陈二", "电线那个咋还没人来 都一个钟头了"),
		},
		want: []string{"12-10T10:05 王五 | 【又来反映】#R1", "12-10T10:05 青山镇应急值班群 | 【突发补充·催办】青山村三组 #R1（待受理，已过1小时5分钟仍无人确认）\n陈二（13900000002）在群里又催：电线那个咋还没人来 都一个钟头了"},
	}
	rc.check(t)
}

// TestReplayNeighbourPressesIce: 张三 presses the ice 陈二 reported: he
// hears it is on record and how it stands, its handler hears a neighbour
// presses it; his own frozen pipe said with 也 stays his (rep108).
func TestReplayNeighbourPressesIce(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep108Line("10T08:30", "陈二", "村口那段路结冰了 早上好几个人骑车摔了"),
			rep108Line("10T08:40", "李四", "确认 #R1"),
			rep108Line("11T15:00", "张三", "村口那段冰到底有人管没有"),
		},
		want: []string{
			"这件事已经有人反映了：#R1（村口那段路结冰了 早上好几个人骑车摔了），现在「已受理」，刚才说的已转告负责人李四。",
			"12-11T15:00 李四 | 【又来反映】#R1（村口那段路结冰了 早上好几个人骑车摔了，已受理）：张三在群里也来催：「村口那段冰到底有人管没有」\n请抓紧办",
		},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayWireAtHeadHeight: 「村道边上那根电线被雪压下来了 过路的都得低
// 头」 had no reply (压下来了 was no state of a line) and a phone line
// hanging so was offered as 道路交通 (its 过路): a line at head height is
// filed as 水电设施 with its caution; a low branch is offered as a road
// matter (rep108).
func TestReplayWireAtHeadHeight(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep108Line("10T09:00", "陈二", "村道边上那根电线被雪压下来了 过路的都得低头"),
			`{"at":"2026-12-10T09:01:00+08:00","chat":"青山村二组网格群","from":"田卫东","text":"桥头那根电话线垂下来了 过路的都得低头走"}`,
		},
		want: []string{
			"12-10T09:00 青山村三组网格群 | 已登记 #R1（一般事项·水电设施）：村道边上那根电线被雪压下来了 过路的都得低头",
			"12-10T09:01 青山村二组网格群 | 已登记 #R2（一般事项·水电设施）：桥头那根电话线垂下来了 过路的都得低头走",
		},
		never: []string{"道路交通"},
	}
	rc.check(t)
}

// TestReplayPipeThawedByWorker: 王五's 「陈二家水管用热水浇开了 包了旧棉
// 絮 能出水了」 on the frozen pipe nobody took on had no reply: the item
// would have been chased as overdue and 陈二 never asked. Thawed and
// running are done words: the leader is asked to close it (rep108).
func TestReplayPipeThawedByWorker(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep108Line("09T08:10", "陈二", "上报 俺家自来水管冻住了 一滴水都没有"),
			rep108Line("09T10:10", "王五", "陈二家水管用热水浇开了 包了旧棉絮 能出水了"),
		},
		want: []string{"12-09T10:10 青山村三组网格群 | 按王五的话，#R1 进展已记录", "王五说已经办好了", "「办结 #R1"},
	}
	rc.check(t)
}

// TestReplayNeighbourPressesPrivately: 陈二's private 「上坡那段雪到底有人
// 铲没有」 of the snow 张三 reported in the group was filed as a question
// for the leader (#R2): the item the group saw answers him, privately
// (rep108).
func TestReplayNeighbourPressesPrivately(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep108Line("12T11:00", "张三", "昨晚雪下得太大 上坡那段路被雪封了 三轮车上不去 麻烦组里安排人铲一下"),
			rep108Line("12T11:05", "李四", "确认 #R1 下午组织人铲雪"),
			`{"at":"2026-12-12T14:00:00+08:00","kind":"private","from":"陈二","text":"上坡那段雪到底有人铲没有"}`,
		},
		want:  []string{"12-12T14:00 陈二 | #R1（昨晚雪下得太大 上坡那段路被雪封了 三轮车上不去 麻烦组里安排人铲一下）现在「已受理」，李四负责"},
		never: []string{"#R2", "【村民提问】"},
	}
	rc.check(t)
}
