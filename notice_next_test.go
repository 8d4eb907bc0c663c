package main

import (
	"testing"
)

// TestNoticeStatusSaysWhatComesNext: 查 #N tells the sender what happens
// next, not only who has answered: before the follow-up, when the grid
// workers hear who has not answered and who phones the households
// without WeChat; after it, the calls still to make. A notice for the
// cadres says when he hears who has not answered, to phone them himself.
func TestNoticeStatusSaysWhatComesNext(t *testing.T) {
	input := `{"at":"2026-12-03T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午9点停水，请提前储水"}
{"at":"2026-12-03T10:01:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}
{"at":"2026-12-03T10:02:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}
{"at":"2026-12-03T10:03:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 各网格员明天上午到村委会开会"}
{"at":"2026-12-03T10:04:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N2"}
{"at":"2026-12-03T18:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"回访 王奶奶 已通 已转告"}
{"at":"2026-12-03T18:31:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}
`
	_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
	for _, want := range []string{
		"今天18:00会告诉各网格员哪些户还没回复；不用微信的到时还没回，安排电话转告：王五 3 人。",
		"今天18:00在镇网格工作群告诉您谁还没回复「收到」，请您打电话提醒。",
		"没回的户已告诉各网格员，由他们提醒；电话转告还没打完：王五 2 人。",
	} {
		if hits := findOut(outs, "青山镇网格工作群", want); len(hits) != 1 {
			t.Errorf("查 #N does not say %q once: %+v", want, findOut(outs, "青山镇网格工作群", "合计"))
		}
	}
}
