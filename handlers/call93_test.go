package handlers_test

import (
	"strings"
	"testing"
)

// TestCall93LogAsForwarded: the worker's calls that all pass a notice on
// are to be logged 「已通 已转告」, as the call list and the single call's
// reminder ask: his 「回访」 and his 「还没打 下午再打」 say so outright,
// never 「已通 情况」 (call93).
func TestCall93LogAsForwarded(t *testing.T) {
	c := noticeList70(t)
	mine := c.private("王五", "回访")
	has(t, "回访", mine, "要转告", "打完一个回复一条「回访 名字 已通 已转告」，没打通回复「回访 名字 未接通」。")
	later := c.private("王五", "还没打 下午再打")
	has(t, "put off", later, "电话任务还留着", "「回访 名字 已通 已转告」，例如：回访 王奶奶 已通 已转告 身体挺好。")
	for _, got := range [][]string{mine, later} {
		if strings.Contains(strings.Join(got, "\n"), "已通 情况") {
			t.Errorf("calls passing a notice on asked 「已通 情况」:\n%s", strings.Join(got, "\n"))
		}
	}
}
