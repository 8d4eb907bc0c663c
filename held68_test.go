package main

import (
	"strings"
	"testing"
)

// TestReplayHeldAfterOutage: a message held for the morning (quiet hours)
// that goes out only days later, the bot having been down, says when it
// was written by its date, not 「昨天」 counted from the morning it was held for.
func TestReplayHeldAfterOutage(t *testing.T) {
	replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00"}`,
			`{"at":"2026-03-02T21:56:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口垃圾桶倒了 垃圾撒了一地"}`,
			`{"at":"2026-03-06T10:00:00+08:00"}`,
		},
		want:  []string{"03-06T10:00 李四 | 【夜里反映】张三在群里反映 #R1", "（这是3月2日21:56的消息，为免夜里打扰，早上才发）"},
		never: []string{"昨天21:56"},
	}.check(t)
}

// TestReplayDownNoticeFirst: after an outage, a grid group hears that the
// bot was down before the catch-up's other posts (an overdue item sent up).
func TestReplayDownNoticeFirst(t *testing.T) {
	got, _ := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 后面水沟堵了，一下雨就漫到路上"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:20:00+08:00"}`,
			`{"at":"2026-03-12T10:00:00+08:00"}`,
		},
		want: []string{"03-12T10:00 青山村三组网格群 | 机器人 3月2日 09:20 到 3月12日 10:00 没有运行"},
	}.check(t)
	var group []string
	for _, l := range got {
		if strings.HasPrefix(l, "03-12T10:00 青山村三组网格群 | ") {
			group = append(group, l)
		}
	}
	if len(group) < 2 || !strings.Contains(group[0], "没有运行") || !strings.Contains(group[1], "#R1（一般事项）已过期限3月5日") {
		t.Errorf("the grid group after the outage: got\n%s\nwant the down notice first, then the overdue reminder", strings.Join(group, "\n"))
	}
}
