package main

import (
	"testing"
)

// TestMyCallsNameNotices: 回访 alone, or 我的回访, lists the worker's calls
// with the notices each passes on, after the follow-up handed him the
// households without WeChat (cover49).
func TestMyCallsNameNotices(t *testing.T) {
	input := `{"at":"2026-12-03T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午9点停水，请提前储水"}
{"at":"2026-12-03T18:30:00+08:00","kind":"private","from":"王五","text":"我的回访"}
{"at":"2026-12-03T18:31:00+08:00","kind":"private","from":"王五","text":"回访"}
`
	_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
	for _, want := range []string{"王奶奶 13900000001（", "，要转告通知 #N1）", "（转告了通知的写「已通 已转告」）"} {
		if hits := findOut(outs, "王五", want); len(hits) != 2 {
			t.Errorf("回访 and 我的回访 do not both say %q: %+v", want, findOut(outs, "王五", "电话要打"))
		}
	}
}
