package main

import (
	"strings"
	"testing"
	"time"
)

// TestEveningNoticeAboutTomorrowIsChasedInTime: a notice about tomorrow
// morning posted after the evening follow-up (18:00) is chased an hour
// after it went out, that evening, or, posted later, at the first run
// after the quiet hours: 王五 hears which households have not answered
// and phones 王奶奶, who uses no WeChat, before the time the notice names;
// not 24 hours later, when the 体检 is over and nobody is phoned at all.
// The sender is told when that is.
func TestEveningNoticeAboutTomorrowIsChasedInTime(t *testing.T) {
	for _, tc := range []struct {
		name, at, sent, chasedBy string
	}{
		{"at 18:05", "2026-12-03T18:05:00+08:00", "今天19:05后会告诉各网格员", "2026-12-03T20:00"},
		{"at 20:40", "2026-12-03T20:40:00+08:00", "明天07:15后会告诉各网格员", "2026-12-04T08:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			input := `{"at":"2026-12-03T09:00:00+08:00"}
{"at":"` + tc.at + `","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午10点卫生院来村委会免费体检，60岁以上老人请带身份证"}
`
			for h := time.Date(2026, 12, 3, 19, 0, 0, 0, time.FixedZone("CST", 8*3600)); h.Day() == 3 || h.Hour() < 10; h = h.Add(time.Hour) {
				input += `{"at":"` + h.Format(time.RFC3339) + `"}` + "\n" // the clock, hour by hour, as the bot lives it
			}
			_, outs, _ := replayConfig(t, "config.example.yaml", redisOrMemory(t), []byte(input))
			if hits := findOut(outs, "青山镇网格工作群", tc.sent); len(hits) != 1 {
				t.Errorf("the sender is not told %q: %+v", tc.sent, findOut(outs, "青山镇网格工作群", "通知 #N1"))
			}
			chased := findOut(outs, "王五", "【通知未回复】#N1")
			if len(chased) != 1 || chased[0].At[:16] > tc.chasedBy {
				t.Fatalf("王五 chased %+v, want once by %s", chased, tc.chasedBy)
			}
			if !strings.Contains(chased[0].Text, "王奶奶（13900000001）") {
				t.Errorf("the chase does not have 王奶奶 phoned:\n%s", chased[0].Text)
			}
		})
	}
}
