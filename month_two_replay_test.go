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
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}
