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
		want: []string{"03-03T20:05 青山村三组网格群 | 【今日小结】", "#R1 已上报镇 后面水沟堵了，一下雨就漫到路上（李四、孙七）"},
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
		name: "it is chased once the villager asks for help again",
		lines: []string{
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"低保怎么申请"}`,
			`{"at":"2026-03-03T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"材料准备好了请告诉我去哪交"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`,
		},
		want: []string{"陈二就 #R1（低保怎么申请）说：材料准备好了", "#R1（办事咨询）已过期限今天09:00，还是「待受理」"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}
