package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestMissSameDayAfterVisitAsked: the second miss asks the grid leader
// to visit; another try that day is not the next day's call: the worker
// hears that the leader was asked already, not "明天会提醒您再打".
func TestMissSameDayAfterVisitAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "the second miss", c.private("王五", "回访 王奶奶 未接通"), "李四: 【请上门看看】王奶奶")
	c.now = c.now.Add(3 * time.Hour)
	got := c.private("王五", "回访 王奶奶 还是没人接")
	lacks(t, "a miss the same day", got, "提醒您再打", "【请上门看看】")
	has(t, "a miss the same day", got, "已请网格长上门看看")
}
