package main

import (
	"strings"
	"testing"
)

// TestMyCallsNameNotices: 回访 alone, or 我的回访, lists the worker's calls
// with the notices each passes on, after the follow-up handed him the
// households without WeChat (cover49), each passing one on: logged
// 「已通 已转告」 (call93).
func TestMyCallsNameNotices(t *testing.T) {
	input := `{"at":"2026-12-03T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午9点停水，请提前储水"}
{"at":"2026-12-03T18:30:00+08:00","kind":"private","from":"王五","text":"我的回访"}
{"at":"2026-12-03T18:31:00+08:00","kind":"private","from":"王五","text":"回访"}
`
	_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
	for _, want := range []string{"王奶奶 13900000001（", "，要转告通知 #N1）", "打完一个回复一条「回访 名字 已通 已转告」"} {
		if hits := findOut(outs, "王五", want); len(hits) != 2 {
			t.Errorf("回访 and 我的回访 do not both say %q: %+v", want, findOut(outs, "王五", "电话要打"))
		}
	}
}

// TestMissedRelayAsksPassedOn: a call that passes a notice on, missed,
// is in the next morning's list with how to log that the notice was
// passed on (已转告), not only 「已通 情况」 (cover49); every call of the
// list passes it on: 「已通 已转告」 outright (call93).
func TestMissedRelayAsksPassedOn(t *testing.T) {
	input := `{"at":"2026-12-03T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 12月10日上午9点村委会体检，请带身份证"}
{"at":"2026-12-04T18:30:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 未接通"}
{"at":"2026-12-05T08:05:00+08:00","kind":"private","from":"王五","text":"回访"}
`
	_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
	var morning []string
	for _, o := range findOut(outs, "王五", "【电话回访】") {
		if o.At >= "2026-12-05" {
			morning = append(morning, o.Text)
		}
	}
	if len(morning) != 1 || !strings.Contains(morning[0], "王奶奶 13900000001（上次没打通 1 次") ||
		!strings.Contains(morning[0], "打完一个回复一条「回访 名字 已通 已转告」") || strings.Contains(morning[0], "已通 情况") {
		t.Errorf("the morning after the miss: %q", morning)
	}
}
