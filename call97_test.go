package main

import (
	"strings"
	"testing"
)

// TestReplayStandInOneNoticeTwoGrids (call97): 王五, away from tomorrow for
// a few days (「我明天要去县里开会 这几天打不了电话 电话交给马红梅了」), is away
// to Friday, not to tomorrow; 马红梅 (一组's worker) stands in. A notice to
// 全镇 is chased in her own grid and in 王五's: she hears it as one notice
// in two grids, quoted once (it read 「这 2 条通知」 quoting it twice), and
// the households whose elders she phones are her calls, not named again
// among those to remind.
func TestReplayStandInOneNoticeTwoGrids(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00","kind":"private","from":"王五","text":"我明天要去县里开会 这几天打不了电话 电话交给马红梅了"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 全镇 3月6日上午9点在村卫生室免费体检，请带身份证"}`,
			`{"at":"2026-03-03T09:20:00+08:00"}`,
		},
		want: []string{
			// tomorrow (the 3rd) and the few days after it: to the 5th, from the 3rd (call98)
			"03-02T07:00 马红梅 | 【代打电话】王五说：「我明天要去县里开会 这几天打不了电话 电话交给马红梅了」。明天（3月3日）起到3月5日",
			"马红梅 | 【通知未回复】#N1「3月6日上午9点在村卫生室免费体检，请带身份证」（3月2日发），这 2 个网格还有人没回复收到：\n1. 一组还有 ",
			"\n2. 三组还有 9 户，张三户、陈二户、赵六户、周八户、郑十户、雷志明户（王五不在，由您代为提醒和代打），另有 3 户的老人在您今天的电话回访清单上（清单已写了这条通知）。",
		},
		never: []string{"这 2 条通知", "几条通知", "石德贵户", "金大海户", "到3月2日", "到3月3日"},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "马红梅 | 【通知未回复】") && strings.Count(line, "免费体检") != 1 {
			t.Errorf("马红梅's chase quotes the notice more than once:\n%s", line)
		}
	}
	// 王五's elders hear it on the stand-in's list (call100)
	if !slicesContainsAll(got, "马红梅 | 【代打电话】王五到3月5日", "王奶奶", "每位都要转告3月2日的通知") {
		t.Errorf("the stand-in's list lacks 王五's elders with the notice:\n%s", strings.Join(got, "\n"))
	}
}
