package handlers_test

import "testing"

// TestStandInLogsOnAnotherProcess (call79): 王五's absence naming 马红梅 is
// kept by one process; her 回访 of his elder, handled by another which
// holds no copy of it, is logged under her (read from Redis once), not
// refused as another's elder.
func TestStandInLogsOnAnotherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "away", a.private("王五", "我这两天不在 王五的电话请马红梅打"), "马红梅")
	b.now = a.now
	got := b.private("马红梅", "回访 王奶奶 已通 身体挺好")
	has(t, "her log elsewhere", got, "已记录：王奶奶 已通")
	lacks(t, "her log elsewhere", got, "不是您负责")
	// one not standing in is still told whose she is
	lacks(t, "another worker", b.private("周八", "回访 王奶奶 已通 身体挺好"), "已记录")
}
