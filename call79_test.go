package main

import (
	"strings"
	"testing"
)

// TestReplayStandInAwayAndHouseholds (call79): 王五 names 马红梅, who is
// then away herself: his 08:00 list goes to his grid's leader 李四 (the
// default cover), not to her; the notice follow-up's households of 王五
// go to who stands in, never to 王五 while he is away.
func TestReplayStandInAwayAndHouseholds(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-01T20:30:00+08:00"}`,
			`{"at":"2026-03-02T07:00:00+08:00","kind":"private","from":"王五","text":"我这周不在 王五的电话请马红梅打"}`,
			`{"at":"2026-03-02T07:10:00+08:00","kind":"private","from":"马红梅","text":"我这几天生病了 电话打不了"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 青山村三组网格群 3月6日上午9点在村卫生室免费体检，请带身份证"}`,
			`{"at":"2026-03-03T09:20:00+08:00"}`,
		},
		want: []string{
			"03-02T08:05 李四 | 【代打电话】王五到3月8日不能打电话",
			"（王五不在，由您代为提醒和代打）",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, " 马红梅 | 【代打电话】王五到") {
			t.Errorf("王五's list went to his stand-in, away herself: %s", line)
		}
		if strings.Contains(line, " 王五 | 【通知未回复】") {
			t.Errorf("the follow-up went to 王五 while away: %s", line)
		}
	}
}
