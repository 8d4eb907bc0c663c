package village

import (
	"testing"
	"time"
)

// TestDaysOnPastDays: a day gone by that stored words count from the day
// they were written (昨天, 昨晚, 前天) is its date when read on a later day,
// as 今天 is; on the day written the words are as written.
func TestDaysOnPastDays(t *testing.T) {
	written := time.Date(2026, 12, 3, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for text, want := range map[string]string{
		"昨天晚上开始停水 今天还没来": "12月2日晚上开始停水 12月3日还没来",
		"昨晚下了雨，前天修的路又塌了": "12月2日晚上下了雨，12月1日修的路又塌了",
		"大前天报的路灯":        "11月30日报的路灯",
	} {
		if got := DaysOn(text, written, written.Add(13*time.Hour)); got != text {
			t.Errorf("%q on its day: %q", text, got)
		}
		if got := DaysOn(text, written, written.AddDate(0, 0, 2)); got != want {
			t.Errorf("%q two days on: %q, want %q", text, got, want)
		}
	}
}
