package main

import "testing"

// TestReplayMonthTwo: what five simulated weeks in the sandbox found.
func TestReplayMonthTwo(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "the evening digest names who handles an item now, the officer who took it over too",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 后面水沟堵了，一下雨就漫到路上"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"上报镇 #R1 需要镇里协调挖机清淤"}`,
			`{"at":"2026-03-03T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"确认 #R1"}`,
			`{"at":"2026-03-03T20:05:00+08:00"}`,
		},
		want: []string{"03-03T20:05 青山村三组网格群 | 【今日小结】", "#R1 已上报镇 后面水沟堵了，一下雨就漫到路上（镇里孙七接手，李四配合）"},
	}, {
		name: "the evening digest names the worker an item was assigned to",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"郑十","text":"上报 村小学门口的减速带坏了"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 @王五"}`,
			`{"at":"2026-03-02T20:05:00+08:00"}`,
		},
		want: []string{"#R1 已受理 村小学门口的减速带坏了（李四、王五）"},
	}, {
		name: "an approval question answered with its procedure is not chased for acceptance",
		lines: []string{
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"低保怎么申请"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`,
			`{"at":"2026-03-05T08:35:00+08:00"}`,
		},
		want:  []string{"已登记 #R1（办事咨询）", "【低保】怎么办", "有不清楚的、材料准备好了，在群里接着说，我请网格长答复您。"},
		never: []string{"已过期限", "【超期上报】", "请协助准备材料", "超期 1 件"},
	}, {
		name: "an approval question answered with its procedure closes by itself when the villager never asks again",
		lines: []string{
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"低保怎么申请"}`,
			`{"at":"2026-03-02T20:05:00+08:00"}`,
			`{"at":"2026-03-16T10:05:00+08:00"}`,
			`{"at":"2026-03-16T20:05:00+08:00"}`,
			`{"at":"2026-03-16T20:06:00+08:00","kind":"private","from":"李四","text":"查 #R1"}`,
		},
		// answered, nobody to act: counted apart from the open items, as the 早报 counts it
		want: []string{"03-02T20:05 青山村三组网格群 | 【今日小结】", "未办结 0 件（不含已告知办理流程、等村民再问的 1 件办事咨询）",
			"03-16T10:05 青山镇网格工作群 | 【早报】3月16日 全镇未办结 0 件",
			"#R1 办事咨询·已完结", "系统 结案：已告知办理流程"},
		// the 早报 caught up at 10:05 (posted for the downtime it tells)
		// runs after the 10:00 follow-up that closed the only open item:
		// nothing open, no stale 办事 1 (no count line at all: town86). The system's closing alone is no
		// news for the group (digest68): no 今日小结 that evening.
		never: []string{"办事 1", "#R1 已告知流程 低保怎么申请", "03-16T20:05 青山村三组网格群 | 【今日小结】"},
	}, {
		name: "it is chased once the villager asks for help again",
		lines: []string{
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"低保怎么申请"}`,
			`{"at":"2026-03-03T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"材料准备好了请告诉我去哪交"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`,
		},
		want: []string{"陈二就 #R1（低保怎么申请）说：材料准备好了", "#R1（办事咨询）已过期限今天09:00，还是「待受理」"},
	}, {
		name: "the reporter repeating his complaint on an escalated dispute hears it is on record, and its handlers hear of it",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"金大海","text":"上报 调解 雷志明家的鸡天天跑到我家菜地里 吃菜，说了好几次也不管"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"上报镇 #R1 双方谈不拢"}`,
			`{"at":"2026-03-03T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"确认 #R1"}`,
			`{"at":"2026-03-05T11:00:00+08:00","chat":"青山村三组网格群","from":"金大海","text":"雷志明家的鸡今天又来了，菜都吃光了"}`,
			`{"at":"2026-03-05T11:10:00+08:00","chat":"青山村三组网格群","from":"张三","text":"今天天气不错，鸡都出来晒太阳了"}`,
		},
		want: []string{
			"03-05T11:00 青山村三组网格群 | ",
			// a quarrel's group is not read one side's account again (med82)
			"收到，#R1（调解事项）还在调解，现在「已上报镇」，刚才说的已转告负责人", "会听两边的说法，约双方当面谈",
			"03-05T11:00 孙七 | 【又来反映】#R1",
			"金大海在群里又说：「雷志明家的鸡今天又来了，菜都吃光了」",
		},
		never: []string{"03-05T11:10"}, // someone else's chat about chickens is nobody's repeat
	}, {
		name: "a reporter repeating a general matter hears its number and status",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口那个路灯又不亮了，晚上黑黢黢的"}`,
			`{"at":"2026-03-03T19:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口路灯还是不亮，晚上黑黢黢的"}`,
		},
		want:  []string{"您说的这件事已经登记了：#R1", "现在「待受理」，刚才说的已转告负责人李四", "03-03T19:00 李四 | 【又来反映】#R1"},
		never: []string{"#R2", "是同一件事吗"},
	}, {
		name: "a reporter saying his matter again and again within the hour: its handlers hear of it once an hour, the group gets two answers at most",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口那个路灯又不亮了，晚上黑黢黢的"}`,
			`{"at":"2026-03-03T19:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口路灯还是不亮，晚上黑黢黢的"}`,
			`{"at":"2026-03-03T19:20:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口路灯还是不亮啊，晚上黑黢黢的"}`,
			`{"at":"2026-03-03T19:40:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口路灯一直不亮，晚上黑黢黢的"}`,
			`{"at":"2026-03-03T20:05:00+08:00","chat":"青山村三组网格群","from":"张三","text":"村口路灯还是不亮，晚上黑黢黢的"}`,
		},
		// the group hears the status with the handlers told, then once
		// that they know already; the third time that hour, nothing
		want: []string{"03-03T19:00 李四 | 【又来反映】#R1", "03-03T19:20 青山村三组网格群 | ", "负责人刚才已经知道了，请耐心等一等",
			"03-03T20:05 李四 | 【又来反映】#R1"},
		never: []string{"03-03T19:20 李四", "03-03T19:40 ", "#R2"},
	}, {
		name: "the 早报 after one that was never posted (the bot was down) is the full one",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 后面水沟堵了，一下雨就漫到路上"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"等待 #R1 等天晴了再挖"}`, // no deadline passes
			`{"at":"2026-03-03T08:35:00+08:00"}`,
			`{"at":"2026-03-04T08:35:00+08:00"}`,
			`{"at":"2026-03-06T08:35:00+08:00"}`, // down from the 4th to the 6th: the 5th's was never posted
			`{"at":"2026-03-07T08:35:00+08:00"}`,
		},
		want: []string{
			"03-04T08:35 青山镇网格工作群 | 【早报】3月4日 全镇未办结 1 件，近一天没有新情况",
			"03-06T08:35 青山镇网格工作群 | 【早报】3月6日 全镇未办结 1 件\n" +
				"机器人 3月4日 08:35 到 3月6日 08:35 没有运行，这期间群里说的事没有登记。请各网格长、网格员翻看这几天的群消息：有要办的，请村民在群里再说一遍，或发「代报 名字 什么事」补登记。",
			// said once: the next 早报 is the short one again
			"03-07T08:35 青山镇网格工作群 | 【早报】3月7日 全镇未办结 1 件，近一天没有新情况。\n在本群发「待办」看详情。",
		},
		never: []string{"03-04T08:35 青山镇网格工作群 | 【早报】3月4日 全镇未办结 1 件，近一天没有新情况。\n机器人"},
	}, {
		name: "after the bot was down, each grid group hears it once, when the quiet hours are over: what was said meanwhile is to be said again",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00"}`,
			`{"at":"2026-03-02T09:05:00+08:00"}`,
			`{"at":"2026-03-02T15:00:00+08:00"}`, // a short gap: no downtime
			`{"at":"2026-03-04T03:00:00+08:00"}`, // back at night: nothing said in the groups yet
			`{"at":"2026-03-04T06:55:00+08:00"}`,
			`{"at":"2026-03-04T07:00:00+08:00"}`,
			`{"at":"2026-03-04T07:05:00+08:00"}`,
			`{"at":"2026-03-05T07:00:00+08:00"}`,
		},
		want: []string{
			"03-04T07:00 青山村一组网格群 | 机器人 3月2日 15:00 到 3月4日 03:00 没有运行，这期间大家在群里说的事没有登记。有要反映的，请再发一次，谢谢！",
			"03-04T07:00 青山村三组网格群 | 机器人 3月2日 15:00 到 3月4日 03:00 没有运行",
		},
		count: map[string]int{"这期间大家在群里说的事没有登记": 3}, // one a grid group, once
		never: []string{"03-02T15:00 青山村", "03-04T03:00 青山村", "03-04T06:55 青山村"},
	}, {
		name: "news from a party of a paused mediation reaches its handlers privately, once a pause",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 调解 隔壁张老五家的猪圈占了我家的地，说了不听"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"等待 #R1 等张老五回来再谈"}`,
			`{"at":"2026-03-04T08:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"张老五昨晚回来了啊"}`, // not his matter
			`{"at":"2026-03-04T08:10:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"张老五昨晚回来了"}`,
			`{"at":"2026-03-04T08:20:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"张老五回来了，今天在家"}`,
		},
		want: []string{"03-04T08:10 青山村三组网格群 | @陈二", "收到，已转告负责人李四、郑十，请等他们联系您。",
			"03-04T08:10 李四 | 【等待的事有消息】#R1 暂停的原因「等张老五回来再谈」，陈二说：「张老五昨晚回来了」。可以接着办的，回复「进展 #R1 情况」恢复计时。"},
		count: map[string]int{"【等待的事有消息】": 2}, // 李四 and the mediator 郑十, once
		never: []string{"03-04T08:00 李四", "@张三", "今天在家"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}
