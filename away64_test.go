package main

import (
	"strings"
	"testing"
)

// TestReplayWorkerAwayListsGoToLeader: 王五, ill, says privately he cannot
// phone 「这几天」 (three days, today counting): the 08:00 lists of those
// mornings go to 李四, saying he covers for 王五, and none to 王五; the
// fourth morning's goes to 王五 again.
func TestReplayWorkerAwayListsGoToLeader(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-01T20:30:00+08:00"}`,
			`{"at":"2026-03-02T07:00:00+08:00","kind":"private","from":"王五","text":"我这几天生病了 在县里住院 电话打不了"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
			`{"at":"2026-03-05T08:05:00+08:00"}`,
		},
		want: []string{
			"03-02T07:00 王五 | 好的，您先养好身体。已告诉网格长李四",
			"到3月4日，您每天的电话清单改发给李四",
			"03-02T08:05 李四 | 【代打电话】王五到3月4日不能打电话，这几天王五负责的老人请您代打（或安排人打），下面是今天的清单：\n【电话回访】",
			"03-05T08:05 王五 | 【电话回访】",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, " 王五 | 【电话回访】") && line < "03-05" {
			t.Errorf("a list went to 王五 while away: %s", line)
		}
		if strings.Contains(line, "【代打电话】") && line >= "03-05" {
			t.Errorf("a list went to 李四 after 王五's last day: %s", line)
		}
	}
}

// TestReplayWorkerBackEarly: 「我好了 可以打电话了」 from 王五 the next
// morning ends it: 李四 hears, and that morning's list goes to 王五.
// 李四's own 「王五请假到3月10日」 sends them to 李四 again.
func TestReplayWorkerBackEarly(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-01T20:30:00+08:00"}`,
			`{"at":"2026-03-02T07:00:00+08:00","kind":"private","from":"王五","text":"我这几天生病了 电话打不了"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-03T07:30:00+08:00","kind":"private","from":"王五","text":"我好了 可以打电话了"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-03T20:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"王五请假到3月10日"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
		},
		want: []string{
			"03-03T07:30 李四 | 王五说「我好了 可以打电话了」，之后王五的电话清单照常发给王五本人，不用再代打了。",
			"03-03T07:30 王五 | 欢迎回来！",
			"03-03T08:05 王五 | 【电话回访】",
			"03-03T20:00 王五 | 网格长李四告诉我：「王五请假到3月10日」。到3月10日，您每天的电话清单改发给李四",
			"已记下王五到3月10日不能打电话。这期间王五每天的电话清单改发给您。",
			"03-04T08:05 李四 | 【代打电话】王五到3月10日不能打电话",
		},
	}
	rc.check(t)
}

// TestReplayCallsCaughtUpOnce: the calls job catches up as the README's
// 定时任务 says of the jobs that act on the state now (Job.Latest): after
// three mornings missed (catch_up 7d, so none is too old to run), 王五 gets
// one list, the latest's, not one per missed morning. (The sandbox's
// clock moved without "down" is the bot running all along: each morning
// then has its list, as the README's 沙盒 paragraph says.)
func TestReplayCallsCaughtUpOnce(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-05T08:10:00+08:00"}`,
		},
		config: [][2]string{{"catch_up: 1d", "catch_up: 7d"}},
		want:   []string{"03-02T08:05 王五 | 【电话回访】", "03-05T08:10 王五 | 【电话回访】"},
		count:  map[string]int{"王五 | 【电话回访】": 2},
	}
	rc.check(t)
}
