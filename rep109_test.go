package main

import "testing"

// rep109Line is one replay line in 青山村三组网格群 on 2026-12-at.
func rep109Line(at, from, text string) string {
	return `{"at":"2026-12-` + at + `:00+08:00","chat":"青山村三组网格群","from":"` + from + `","text":"` + text + `"}`
}

// rep109Ditch: 张三's frozen ditch whose water iced the road, closed by
// the leader and waiting for his word.
var rep109Ditch = []string{
	rep109Line("09T09:00", "张三", "我家门口排水沟冻住了 水漫出来淌到路上结成冰了 走路打滑"),
	rep109Line("09T09:01", "张三", "1"),
	rep109Line("09T09:05", "李四", "确认 #R1"),
	rep109Line("09T12:00", "李四", "办结 #R1 排水沟用热水浇开了 已经通了"),
}

// TestReplayIceStillThere: 「路上的冰还在呢」 after the 办结 of his ditch
// was silent (no still-word before a subject: 还在 ends the clause); it is
// his 未解决, as 「冰还没铲干净 还是滑」 is. With another item of his open,
// he is asked (rep109).
func TestReplayIceStillThere(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{}, rep109Ditch...), rep109Line("09T13:10", "张三", "路上的冰还在呢")),
		want:  []string{"12-09T13:10 青山村三组网格群 | 按张三的话，#R1 已重新打开：路上的冰还在呢。"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append(append([]string{}, rep109Ditch...), rep109Line("09T13:00", "张三", "冰还没铲干净 还是滑")),
		want:  []string{"12-09T13:00 青山村三组网格群 | 按张三的话，#R1 已重新打开：冰还没铲干净 还是滑。"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append([]string{
			rep109Line("09T08:30", "张三", "村西头路边的电线被树枝压下来了 垂到路上了 怕出事"),
			rep109Line("09T08:40", "李四", "确认 #R1"),
		}, rep109Line("09T09:00", "张三", "我家门口排水沟冻住了 水漫出来淌到路上结成冰了 走路打滑"),
			rep109Line("09T09:01", "张三", "1"),
			rep109Line("09T09:05", "李四", "确认 #R2"),
			rep109Line("09T12:00", "李四", "办结 #R2 排水沟用热水浇开了 已经通了"),
			rep109Line("09T13:10", "张三", "路上的冰还在呢")),
		want:  []string{"12-09T13:10 青山村三组网格群 | 张三，#R2 已办结，在等您确认：解决了请回「满意 #R2」；没解决请回「未解决 #R2 路上的冰还在呢」"},
		never: []string{"已重新打开"},
	}
	rc.check(t)
}

// rep109Lamp: 张三's lamp, 陈二's report of it merged into it, taken on.
var rep109Lamp = []string{
	rep109Line("09T18:00", "张三", "村口那盏路灯不亮了 晚上黑黢黢的"),
	rep109Line("09T18:01", "张三", "1"),
	rep109Line("09T18:10", "陈二", "村口路灯坏了 晚上走路看不见"),
	rep109Line("09T18:11", "陈二", "1"),
	rep109Line("09T18:20", "李四", "确认 #R1"),
}

// TestReplayLampLitThanks: 「这下晚上亮堂多了 多谢李四跑一趟」 after the
// 办结 was silent (亮堂 was no fix word): his 满意. Before the 办结, while
// the leader's own 办结 offer waits, it is his word that it is fixed
// (rep109).
func TestReplayLampLitThanks(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{}, rep109Lamp...),
			rep109Line("10T15:00", "李四", "办结 #R1 换了个新灯泡"),
			rep109Line("10T18:05", "张三", "这下晚上亮堂多了 多谢李四跑一趟")),
		want: []string{"12-10T18:05 青山村三组网格群 | 已按您的回复记为满意，#R1 已完结"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append(append([]string{}, rep109Lamp...),
			rep109Line("10T15:00", "李四", "村口路灯换了个新灯泡 现在亮了"),
			rep109Line("10T18:05", "张三", "这下晚上亮堂多了 多谢李四跑一趟")),
		want: []string{"12-10T18:05 青山村三组网格群 | @张三\u2005收到，您说 #R1（村口那盏路灯不亮了 晚上黑黢黢的）已经好了，已记下。\n@李四\u2005张三说已经好了，回复「办结 #R1」就结案。"},
	}
	rc.check(t)
}

// TestReplayFollowerLampLit: 陈二, whose report was merged into 张三's
// lamp, said 「亮了亮了 谢谢网格长」 while the leader's 办结 offer waited:
// silent. Now the leader is asked to 办结 and the 办结 still asks 张三
// (not closed on 陈二's word). The 办结 tells 陈二 too; his 满意 is not
// refused (the reporter is asked), his 未解决 asks the leader to look,
// nothing reopened (rep109).
func TestReplayFollowerLampLit(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{}, rep109Lamp...),
			rep109Line("10T15:00", "李四", "村口路灯换了个新灯泡 现在亮了"),
			rep109Line("10T18:00", "陈二", "亮了亮了 谢谢网格长"),
			rep109Line("10T18:30", "李四", "办结 #R1 换了新灯泡")),
		want: []string{
			"12-10T18:00 青山村三组网格群 | @陈二\u2005收到，您说 #R1（村口那盏路灯不亮了 晚上黑黢黢的）已经好了，已记下。\n@李四\u2005陈二说已经好了，确实办好了请回复「办结 #R1 处理情况」。\n办结后会请报告人张三确认",
			"12-10T18:30 青山村三组网格群 | #R1 已办结",
			"@张三\u2005请确认：解决了回复「满意 #R1」",
		},
		never: []string{"已按满意结案"},
	}
	rc.check(t)
	rc = replayCase{
		lines: append(append([]string{}, rep109Lamp...),
			rep109Line("10T15:00", "李四", "办结 #R1 换了个新灯泡"),
			rep109Line("10T18:00", "陈二", "亮了亮了 谢谢网格长"),
			rep109Line("10T18:05", "陈二", "满意 #R1"),
			rep109Line("10T18:10", "陈二", "未解决 #R1 还是不亮")),
		want: []string{
			"@张三\u2005请确认：解决了回复「满意 #R1」，没解决回复「未解决 #R1 原因」。\n@陈二\u2005这件也是您反映过的，还没好的话请在群里说一声。",
			"12-10T18:00 青山村三组网格群 | @陈二\u2005谢谢告知。#R1（村口那盏路灯不亮了 晚上黑黢黢的）已办结，结案由报告人张三确认。\n@张三\u2005陈二也说已经好了，您看解决了请回「满意 #R1」。",
			"12-10T18:05 青山村三组网格群 | @陈二\u2005谢谢告知。",
			"12-10T18:10 青山村三组网格群 | 谢谢陈二告知。#R1（村口那盏路灯不亮了 晚上黑黢黢的）12月10日办结了，在等张三确认。\n@李四\u2005请去看看",
		},
		never: []string{"需要报告人", "已重新打开", "记为满意"},
	}
	rc.check(t)
}

// TestReplayTypedResolveNothingOpen: the leader's 「办结 排水沟疏通了 路
// 上的冰也铲了」 while 张三's report still waited for his 「1」 had no reply
// (taken for a sentence that starts like a command): a cadre's typed
// command is answered (rep109).
func TestReplayTypedResolveNothingOpen(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep109Line("09T09:00", "张三", "排水沟冻住了 水都漫出来淌到路上结成冰了 早上差点滑倒"),
			rep109Line("09T12:00", "李四", "办结 排水沟疏通了 路上的冰也铲了"),
			rep109Line("09T12:05", "张三", "确认一下，明天村里是不是发年货啊"),
		},
		want:  []string{"12-09T12:00 青山村三组网格群 | 这里现在没有您能「办结」的事项。"},
		never: []string{"12-09T12:05"},
	}
	rc.check(t)
}

// TestReplayBareResolveAfterSaidFixed: 陈二's 「出水了 谢谢王五」 asked the
// handlers for just 「办结 #R1」; 李四's bare 「办结」 was asked for the
// number of the only item: the one he handles its reporter said fixed is
// closed (rep109).
func TestReplayBareResolveAfterSaidFixed(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep109Line("10T07:40", "陈二", "我家水管冻住了 一滴水都没有 做饭都没水"),
			rep109Line("10T07:41", "陈二", "1"),
			rep109Line("10T08:10", "李四", "收到 上午让王五过去看看"),
			rep109Line("10T11:00", "陈二", "出水了 谢谢王五"),
			rep109Line("10T11:05", "李四", "办结"),
		},
		want:  []string{"12-10T11:05 青山村三组网格群 | #R1 已办结。\n陈二之前已说好了（「出水了 谢谢王五」），已按满意结案"},
		never: []string{"请写上编号"},
	}
	rc.check(t)
}
