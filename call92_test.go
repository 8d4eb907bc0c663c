package main

import "testing"

// TestReplayWarningNamedOnWorkersCalls (call92): once a warning's calls
// are on the 08:00 list, the worker's own 「回访」 names the warning each
// call passes on (not only 「通知 #N1」); a worker with one call is asked
// for 「已通 已转告」; 「查 #N1」 counts the elders reached.
func TestReplayWarningNamedOnWorkersCalls(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-07T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 全镇 寒潮蓝色预警：明天起降温10度，请老人注意保暖，减少外出"}`,
			`{"at":"2026-12-08T08:05:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 已转告 炭够烧"}`,
			`{"at":"2026-12-08T08:06:00+08:00","kind":"private","from":"王五","text":"回访"}`,
			`{"at":"2026-12-08T08:07:00+08:00","chat":"青山村三组网格群","from":"李四","text":"查 #N1"}`,
		},
		want: []string{
			"1. 石德贵 13900000031（12月8日起，要转告寒潮预警 #N1）",
			"寒潮预警的老人电话：已打通 1/10 位。",
			"老人电话还没打通：",
			"【电话回访·寒潮预警】请今天给袁桂珍打个电话",
			"打完回复「回访 袁桂珍 已通 已转告」",
		},
		never: []string{"要转告通知 #N1", "打完回复「回访 袁桂珍 已通 情况」"},
	}
	rc.check(t)
}
