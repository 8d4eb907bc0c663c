package main

import "testing"

// rep110Line is one replay line in 青山村三组网格群 on 2026-12-at.
func rep110Line(at, from, text string) string {
	return `{"at":"2026-12-` + at + `:00+08:00","chat":"青山村三组网格群","from":"` + from + `","text":"` + text + `"}`
}

// TestReplayBareConfirmOfConfirmBack: the leader's bare 「确认」 while 陈二's
// frozen pipe still waited for her 「1」 was told 「这里现在没有您能「确认」
// 的事项」; it files hers and takes it on, as his 「收到」 does, and asks
// which of two (rep110).
func TestReplayBareConfirmOfConfirmBack(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep110Line("09T09:00", "陈二", "我家水管冻住了 一早上没水"),
			rep110Line("09T09:02", "李四", "确认"),
			rep110Line("09T09:05", "陈二", "1"),
		},
		want:  []string{"12-09T09:02 青山村三组网格群 | 已登记 #R1（一般事项·水电设施）：我家水管冻住了 一早上没水", "李四已受理"},
		never: []string{"没有您能「确认」", "已登记 #R2"},
	}
	rc.check(t)
	rc = replayCase{
		lines: []string{
			rep110Line("09T09:00", "陈二", "我家水管冻住了 一早上没水"),
			rep110Line("09T09:01", "张三", "路边那棵树被雪压弯了"),
			rep110Line("09T09:02", "李四", "确认"),
		},
		want:  []string{"12-09T09:02 青山村三组网格群 | 李四，群里有2件事在等确认："},
		never: []string{"没有您能「确认」", "已登记"},
	}
	rc.check(t)
	rc = replayCase{
		lines: []string{rep110Line("09T09:02", "李四", "确认")},
		want:  []string{"12-09T09:02 青山村三组网格群 | 这里现在没有您能「确认」的事项。"},
	}
	rc.check(t)
}

// rep110Lamp: 张三's lamp, 陈二's report of it merged into it, taken on and
// resolved.
var rep110Lamp = []string{
	rep110Line("09T18:00", "张三", "村口那盏路灯不亮了 晚上黑黢黢的"),
	rep110Line("09T18:01", "张三", "1"),
	rep110Line("09T18:10", "陈二", "村口路灯坏了 晚上走路看不见"),
	rep110Line("09T18:11", "陈二", "1"),
	rep110Line("09T18:20", "李四", "确认 #R1"),
	rep110Line("10T15:00", "李四", "办结 #R1 换了个新灯泡"),
}

// TestReplayFollowerThanksAgain: 陈二's thanks after the 办结 @-ed the
// reporter each time; said again (or as 「满意 #R1」), he is thanked and the
// reporter is not @-ed anew. 查 shows his words (rep110).
func TestReplayFollowerThanksAgain(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{}, rep110Lamp...),
			rep110Line("10T18:00", "陈二", "亮了亮了 谢谢网格长"),
			rep110Line("10T18:20", "陈二", "亮了亮了 谢谢网格长"),
			rep110Line("10T18:30", "陈二", "满意 #R1"),
			rep110Line("10T18:40", "陈二", "查 #R1"),
			rep110Line("10T19:00", "张三", "满意")),
		want: []string{
			"12-10T18:00 青山村三组网格群 | @陈二\u2005谢谢告知。#R1（村口那盏路灯不亮了 晚上黑黢黢的）已办结，结案由报告人张三确认。\n@张三\u2005陈二也说已经好了",
			"12-10T18:20 青山村三组网格群 | @陈二\u2005谢谢告知。您说过的已经转告报告人张三了，#R1 等张三确认后结案。",
			"12-10T18:30 青山村三组网格群 | @陈二\u2005谢谢告知。您说过的已经转告报告人张三了",
			"陈二 反映：亮了亮了 谢谢网格长",
			"12-10T19:00 青山村三组网格群 | #R1 已完结",
		},
		never: []string{"12-10T18:20 青山村三组网格群 | @陈二\u2005谢谢告知。#R1"},
	}
	rc.check(t)
}

// TestReplaySaysFixedAgain: the reporter's 「排水沟通了 谢谢李四」 said twice
// before the 办结 @-ed the leader twice; the second is thanked only, and
// the 办结 still closes on his word (rep110).
func TestReplaySaysFixedAgain(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep110Line("10T07:40", "张三", "后坡那个排水沟冻住了 水漫到路上结冰了"),
			rep110Line("10T07:41", "张三", "1"),
			rep110Line("10T07:45", "李四", "确认 #R1"),
			rep110Line("10T11:00", "张三", "排水沟通了 谢谢李四"),
			rep110Line("10T11:30", "张三", "排水沟通了 谢谢李四"),
			rep110Line("10T12:00", "李四", "办结"),
		},
		want: []string{
			"12-10T11:00 青山村三组网格群 | @张三\u2005收到，您说 #R1（后坡那个排水沟冻住了 水漫到路上结冰了）已经好了，已记下。\n@李四\u2005张三说已经好了",
			"12-10T11:30 青山村三组网格群 | @张三\u2005收到，您说过 #R1（后坡那个排水沟冻住了 水漫到路上结冰了）已经好了，已转告李四，负责人办结后就按满意结案。",
			"12-10T12:00 青山村三组网格群 | #R1 已办结。\n张三之前已说好了",
		},
	}
	rc.check(t)
}

// TestReplayWorkerSeesAnotherWayShut: 王五's 「后山那条路被雪封死了」 beside
// 陈二's open 「大雪封路了 车出不去」 was offered as its 进展; a cadre naming
// the spot tells of a way he saw: a new item. A villager's words are
// still offered as the open one (und109), and so are the leader's words
// of work on it (rep110).
func TestReplayWorkerSeesAnotherWayShut(t *testing.T) {
	open := []string{
		rep110Line("09T09:00", "陈二", "大雪封路了 车出不去"),
		rep110Line("09T09:01", "李四", "收到 我联系铲车"),
	}
	rc := replayCase{
		lines: append(append([]string{}, open...), rep110Line("09T10:00", "王五", "后山那条路被雪封死了")),
		// filed at once: the way pointed at (「后山那条路」) places it (town111; was offered)
		want:  []string{"12-09T10:00 青山村三组网格群 | 已登记 #R2（一般事项·道路交通）：后山那条路被雪封死了"},
		never: []string{"的进展吗"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append(append([]string{}, open...), rep110Line("09T10:00", "张三", "后山那条路被雪封死了")),
		want:  []string{"12-09T10:00 青山村三组网格群 | @张三\u2005已有人反映 #R1"},
	}
	rc.check(t)
}
