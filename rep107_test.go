package main

import (
	"strings"
	"testing"
)

// TestReplayLeaderAwayNotesToCover: 李四 says privately 「我去县里开会 到12月
// 14日 有事找王五」: a trip with the day it lasts to and no 这几天 was
// offered as a report (rep106's leftover). Now he is away; 王五's 确认
// and 进展 of a private item were told to 李四 at the county meeting
// (notifyPrivately), and a 未解决 in the group @'d him to go on: they go
// to 王五, who has his items (rep107).
func TestReplayLeaderAwayNotesToCover(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-09T09:00:00+08:00","kind":"private","from":"李四","text":"我去县里开会 到12月14日 有事找王五"}`,
			`{"at":"2026-12-09T10:00:00+08:00","kind":"private","from":"张三","text":"我家后面老房子的墙被雪压裂了 怕塌 不想在群里说"}`,
			`{"at":"2026-12-09T10:10:00+08:00","kind":"private","from":"王五","text":"确认 #R1"}`,
			`{"at":"2026-12-09T10:20:00+08:00","kind":"private","from":"王五","text":"进展 #R1 找人拿木头顶上了"}`,
			`{"at":"2026-12-09T11:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"路边那棵大树的枝子被雪压断了 挂在电线上 风一吹就晃 怕出事"}`,
			`{"at":"2026-12-09T11:05:00+08:00","chat":"青山村三组网格群","from":"王五","text":"确认 #R2"}`,
			`{"at":"2026-12-09T14:00:00+08:00","chat":"青山村三组网格群","from":"王五","text":"办结 #R2 供电所来人把树枝锯了"}`,
			`{"at":"2026-12-09T14:30:00+08:00","chat":"青山村三组网格群","from":"张三","text":"未解决 #R2 还有一根挂着"}`,
		},
		want: []string{
			"12-09T09:00 王五 | 【代管事项】",
			"12-09T09:00 李四 | 李四，您先忙。",
			"12-09T10:10 张三 | #R1 已受理",
			"12-09T10:20 张三 | #R1 进展已记录",
			"12-09T14:30 青山村三组网格群 | #R2 已重新打开",
			"请继续处理",
		},
		never: []string{"我理解为", "12-09T10:10 李四 |", "12-09T10:20 李四 |", "@李四"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}
