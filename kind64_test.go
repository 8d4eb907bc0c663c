package main

import (
	"strings"
	"testing"
)

// TestReplayEmergencyMadeOrdinary: an alarm its leader judged ordinary
// (「#R1 不是什么大事 …」, 改为一般) is followed as an ordinary item from
// then on: the watchdog never re-alerts it, and the overdue job, which
// would chase an emergency taken on the day after (resolve 1d), says
// nothing of it before general's three days are up.
func TestReplayEmergencyMadeOrdinary(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"这是我家门口的路 塌了一块"}`,
			`{"at":"2026-03-02T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"#R1 不是什么大事 就是路边塌了一小块 明天找人填一下"}`,
			`{"at":"2026-03-04T12:00:00+08:00"}`,
		},
		want:  []string{"03-02T09:05 青山镇应急值班群 | 李四判断 #R1 不是紧急情况，改为一般事项处理"},
		never: []string{"无人确认", "超期"},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if line >= "03-02T09:06" && strings.Contains(line, "#R1") {
			t.Errorf("after 改为一般, an output names #R1: %s", line)
		}
	}
}
